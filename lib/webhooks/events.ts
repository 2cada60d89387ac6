// No `server-only` here: the webhook form in the browser lists these same event types.
/**
 * The full event catalogue, including the events later issues will emit (governance, deployments,
 * monitoring), so receivers can subscribe to them today.
 */
export const EVENT_TYPES = [
  'model.created',
  'model.updated',
  'model.renamed',
  'model.deleted',
  'version.created',
  'version.updated',
  'version.deleted',
  'alias.set',
  'alias.removed',
  'tag.set',
  'tag.deleted',
  'stage.changed',
  'card.updated',
  'approval.requested',
  'approval.decided',
  'deployment.created',
  'deployment.rolled_back',
  'alert.opened',
  'alert.resolved',
  'retraining.requested',
] as const;

export type SubscribableEvent = (typeof EVENT_TYPES)[number];
/** `webhook.test` goes only to the endpoint whose "send test event" was pressed; nobody subscribes to it. */
export type EventType = SubscribableEvent | 'webhook.test';

export const ALL_EVENTS = '*';

/**
 * Audit actions that are webhook events. Later issues record the actions on the right
 * (`approval.request`, `deployment.rollback`, …) and their events go out with no change here.
 * Actions not listed (tokens, users, runs, experiments, artifacts, webhooks themselves) emit nothing.
 */
const AUDIT_EVENTS: Readonly<Record<string, SubscribableEvent>> = {
  'model.create': 'model.created',
  'model.update': 'model.updated',
  'model.rename': 'model.renamed',
  'model.metric_direction': 'model.updated',
  'monitoring.policy': 'model.updated',
  'approval.policy': 'model.updated',
  'alias.protect': 'model.updated',
  'alias.unprotect': 'model.updated',
  'model.retire': 'model.updated',
  'model.delete': 'model.deleted',
  'version.create': 'version.created',
  'version.update': 'version.updated',
  'version.delete': 'version.deleted',
  'alias.set': 'alias.set',
  'alias.delete': 'alias.removed',
  'model.tag.set': 'tag.set',
  'version.tag.set': 'tag.set',
  'model.tag.delete': 'tag.deleted',
  'version.tag.delete': 'tag.deleted',
  'version.stage': 'stage.changed',
  'card.update': 'card.updated',
  'approval.request': 'approval.requested',
  'approval.decide': 'approval.decided',
  'deployment.create': 'deployment.created',
  'deployment.rollback': 'deployment.rolled_back',
  'alert.open': 'alert.opened',
  'alert.resolve': 'alert.resolved',
  'retraining.request': 'retraining.requested',
};

export function eventForAction(action: string): SubscribableEvent | null {
  return Object.hasOwn(AUDIT_EVENTS, action) ? (AUDIT_EVENTS[action] ?? null) : null;
}

export function subscribes(events: readonly string[], type: string): boolean {
  return events.includes(ALL_EVENTS) || events.includes(type);
}
