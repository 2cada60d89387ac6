import { z } from 'zod';
import { REQUEST_TARGETS, REVIEW_DECISIONS } from '@/db/schema';
import { aliasNameSchema as aliasName } from '@/lib/registry/schemas';


export const requestSchema = z
  .strictObject({
    targetStage: z.enum(REQUEST_TARGETS, { error: 'Ask for staging or production.' }).optional(),
    alias: aliasName.optional(),
    justification: z.string().trim().min(10, 'Say in a sentence or two why this version should be promoted (10 characters at least).').max(5000, 'At most 5,000 characters.'),
  })
  .refine((r) => r.targetStage !== undefined || r.alias !== undefined, { message: 'Ask for a stage, a protected alias or both.', path: ['targetStage'] });

export const decisionSchema = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS, { error: 'Approve or reject.' }),
    comment: z.string().trim().max(5000, 'At most 5,000 characters.').default(''),
  })
  .refine((d) => d.decision === 'approve' || d.comment.length > 0, { message: 'Say why you reject it: the requester needs to know what to fix.', path: ['comment'] });

export const protectedAliasSchema = z.strictObject({ alias: aliasName });
