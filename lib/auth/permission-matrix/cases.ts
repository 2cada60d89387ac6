import type { Actor } from '@/lib/auth/actor';
import { addCommentUseCase } from '@/lib/discussion/comments';
import { setPolicyUseCase } from '@/lib/governance/policy';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { updateUserUseCase } from '@/lib/users/use-cases';
import { readyVersion, requestPromotion } from './fixture';
import type { HttpCall, Mutation } from './http';
import type { Ctx, Made, Permitted } from './workspace';

/** One mutating REST route and method, with a request only authorization can refuse. */
export interface RestCase extends Permitted {
  /** The route file under `app/api/v1/`. */
  route: string;
  method: Mutation;
  /** Tells apart cases of the same route and method. */
  variant?: string;
  request: (ctx: Ctx) => HttpCall;
}

/** One mutating MLflow endpoint (`POST registered-models/create`), with its JSON input. */
export interface MlflowCase extends Permitted {
  endpoint: `${Mutation} ${string}`;
  input: (ctx: Ctx) => Record<string, unknown>;
}

/** One exported server action, with the arguments a form (or button) would send. */
export interface ActionCase extends Permitted {
  /** The `'use server'` file under `app/`. */
  file: string;
  action: string;
  variant?: string;
  /** The message a refused member gets, when it is not one of the permission messages. */
  refusal?: string;
  args: (ctx: Ctx) => unknown[];
}

export const restKey = (c: Pick<RestCase, 'route' | 'method'>) => `${c.method} ${c.route}`;
export const actionKey = (c: Pick<ActionCase, 'file' | 'action'>) => `${c.file}#${c.action}`;

export const STRICT_POLICY = { requiredApprovals: 2, expiryHours: 48, gates: { cardComplete: true, lineage: true, noCriticalAlert: true, metrics: [] } };

/** Whoever the attempt is made as, or a bystander when nobody is signed in. */
const selfOr = (ctx: Ctx, bystander: Actor): Actor => ctx.user ?? bystander;

/** A comment the person trying wrote themselves, just now; someone who may not comment gets a reviewer's. */
export function ownComment(ctx: Ctx): Made {
  const author = ctx.kind === 'viewer' ? ctx.fx.users.reviewer2 : selfOr(ctx, ctx.fx.users.reviewer2);
  return { commentId: addCommentUseCase(author, 'churn', 3, { body: 'First look: recall is up.' }).id };
}

/** A comment by someone else than whoever tries: only its author may reword it. */
export function othersComment(ctx: Ctx): Made {
  return { commentId: addCommentUseCase(ctx.fx.users.reviewer2, 'churn', 3, { body: 'Which holdout?' }).id };
}

/** A token of the person trying (anyone may hold tokens), or of a bystander when signed out. */
export function ownToken(ctx: Ctx): Made {
  return { tokenId: createTokenUseCase(selfOr(ctx, ctx.fx.users.reviewer2), { name: 'laptop' }).info.id };
}

export function othersToken(ctx: Ctx): Made {
  return { tokenId: createTokenUseCase(ctx.fx.users.reviewer2, { name: 'laptop' }).info.id };
}

/** Separation of duties: the admin asked for this promotion (of v4), so only a reviewer may decide it. */
export function adminsRequest(ctx: Ctx): Made {
  return { requestId: requestPromotion(ctx.fx.users.admin, 4) };
}

/** Separation of duties: the admin registered the version the teammate asks to promote. */
export function adminsVersion(ctx: Ctx): Made {
  const version = readyVersion(ctx.fx.users.admin, 'churn');
  return { requestId: requestPromotion(ctx.fx.users.data_scientist, version) };
}

/**
 * Separation of duties whatever the role: the reviewer registered this version while still a data
 * scientist of the team, so now, as a reviewer, they may not decide the teammate's request for it.
 */
export function reviewersVersion(ctx: Ctx): Made {
  const { admin, reviewer, data_scientist } = ctx.fx.users;
  updateUserUseCase(admin, reviewer.id, { role: 'data_scientist', team: 'crm' });
  const version = readyVersion({ ...reviewer, role: 'data_scientist', team: 'crm' }, 'churn');
  updateUserUseCase(admin, reviewer.id, { role: 'reviewer', team: null });
  return { requestId: requestPromotion(data_scientist, version) };
}

export function modelPolicy(ctx: Ctx): Made {
  setPolicyUseCase(ctx.fx.users.admin, 'churn', STRICT_POLICY);
  return {};
}
