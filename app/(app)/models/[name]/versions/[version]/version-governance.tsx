import { RequestForm } from '@/components/governance/request-form';
import { StageHistory } from '@/components/governance/stage-history';
import { VersionRequests } from '@/components/governance/version-requests';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { canEdit, type Actor } from '@/lib/auth/actor';
import { stageHistory } from '@/lib/governance/history';
import { versionRequests } from '@/lib/governance/request-queries';
import { previewRequest } from '@/lib/governance/requests';
import type { ModelDto } from '@/lib/registry/models';
import type { VersionDetail } from '@/lib/registry/version-detail';
import { cancelRequestAction } from '../../../../reviews/actions';
import { createRequestAction } from './governance-actions';

interface Props {
  actor: Actor;
  model: ModelDto;
  detail: VersionDetail;
}

/** The version's promotion requests, the form to make one, and where its stage has been. */
export function VersionGovernance({ actor, model, detail }: Props) {
  return (
    <>
      <Card id="promotion">
        <CardHeader>
          <CardTitle>Promotion</CardTitle>
          <CardDescription>Staging, production and protected aliases change only through an approved request.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-5">
          <RequestForm
            preview={previewRequest(actor, detail.modelName, detail.version)}
            stage={detail.stage}
            canRequest={canEdit(actor, 'promotion:request', model)}
            action={createRequestAction.bind(null, detail.modelName, detail.version)}
          />
          <VersionRequests requests={versionRequests(actor, detail.modelName, detail.version)} cancel={(id) => cancelRequestAction.bind(null, id)} />
        </CardContent>
      </Card>

      <Card id="stage-history">
        <CardHeader>
          <CardTitle>Stage history</CardTitle>
        </CardHeader>
        <CardContent>
          <StageHistory transitions={stageHistory(actor, detail.modelName, detail.version)} />
        </CardContent>
      </Card>
    </>
  );
}
