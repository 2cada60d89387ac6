import 'server-only';
import { z } from 'zod';
import { ALL_EVENTS, EVENT_TYPES } from './events';

const url = z
  .string({ error: 'Enter the URL that receives the events.' })
  .trim()
  .min(1, 'Enter the URL that receives the events.')
  .max(2048, 'At most 2,048 characters.')
  .pipe(z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL, e.g. https://ci.example.com/modelboard.' }));

/** Chosen event types; "all events" wins over single ones, so later additions to the catalogue are included. */
const events = z
  .array(z.enum([ALL_EVENTS, ...EVENT_TYPES], { error: 'Unknown event type.' }), { error: 'Choose the events to send.' })
  .min(1, 'Choose at least one event, or all events.')
  .transform((list) => (list.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(list)]));

// No defaults here: zod applies them even inside .partial(), which would reset fields a PATCH leaves out.
const fields = {
  url,
  description: z.string().trim().max(500, 'At most 500 characters.'),
  events,
  active: z.boolean({ error: 'Active is true or false.' }),
};

export const createWebhookSchema = z.strictObject({
  ...fields,
  description: fields.description.default(''),
  active: fields.active.default(true),
});

export const updateWebhookSchema = z.strictObject(fields).partial();

export const deliveryListSchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(100),
});

/** Delivery ids are the UUIDs receivers see in `Modelboard-Webhook-Id`. */
export const deliveryIdSchema = z.uuid();
