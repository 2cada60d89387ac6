import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';

/**
 * The overview of a workspace without models: zeros and empty charts would say nothing, so it says
 * what Modelboard is for and how the first model gets here, from the browser or a training script.
 */
export function EmptyOverview({ canCreate }: { canCreate: boolean }) {
  return (
    <section aria-labelledby="empty-overview-title" className="rounded-lg border border-dashed border-border bg-card p-8">
      <h2 id="empty-overview-title" className="text-xl font-semibold">
        No models yet
      </h2>
      <p className="mt-2 max-w-2xl text-sm text-muted-fg">
        Modelboard is where your team registers machine-learning models, compares their versions, reviews promotions to production and watches them for drift. Once a model is registered, this page shows
        what is live, how it is doing and what waits for a decision.
      </p>
      <div className="mt-5 flex flex-wrap gap-2">
        {canCreate ? (
          <Link href="/models/new" className={buttonVariants()}>
            Create a model
          </Link>
        ) : (
          <p className="text-sm">Ask a data scientist or an admin to register the first model.</p>
        )}
        <Link href="/api-docs" className={buttonVariants({ variant: 'outline' })}>
          API reference
        </Link>
      </div>
      <div className="mt-6 max-w-2xl space-y-2 text-sm">
        <h3 className="font-medium">From a training script (MLflow client)</h3>
        <p className="text-muted-fg">
          Create a token under <Link href="/settings/tokens" className="text-primary underline">API tokens</Link>, then point MLflow at Modelboard and log and register as usual:
        </p>
        <pre className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">
          {'export MLFLOW_TRACKING_URI=<this site’s address>\nexport MLFLOW_TRACKING_TOKEN=mb_…\nmlflow.register_model("runs:/<run_id>/model", "my-model")'}
        </pre>
      </div>
    </section>
  );
}
