import { z } from 'zod';
import { notFound } from '@/lib/errors';
import { DATASET_ROLES, MODEL_CARD_SECTIONS, RISK_TIERS, TASK_TYPES } from '@/db/schema';

export const MODEL_NAME_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;
export const MODEL_NAME_RULE = '1–128 characters: letters, digits, dot, dash or underscore.';

export const modelNameSchema = z.string().trim().regex(MODEL_NAME_PATTERN, MODEL_NAME_RULE);
/** A version number as JSON sends it, or as a form or URL does (decimal digits only: `true` or `1e0` name no version). */
export const versionNumberSchema = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : v),
  z.int('Choose a version.').positive('Choose a version.'),
);

const tagKey = z.string().trim().min(1, 'Tag keys cannot be empty.').max(64, 'Tag keys have at most 64 characters.');
export const tagsSchema = z
  .record(tagKey, z.string().max(512, 'Tag values have at most 512 characters.'))
  .refine((tags) => Object.keys(tags).length <= 50, 'At most 50 tags.');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

const description = z.string().max(20_000, 'At most 20,000 characters.');
const framework = z.string().trim().max(64, 'At most 64 characters.');

/** The editable fields with no defaults: zod 4 applies a default even inside `.partial()`. */
const modelFields = z.object({
  description,
  team: optionalText(64),
  taskType: z.enum(TASK_TYPES, { error: 'Choose a task type.' }),
  framework,
  riskTier: z.enum(RISK_TIERS, { error: 'Choose a risk tier.' }),
  tags: tagsSchema,
});

export const createModelSchema = z.object({
  name: modelNameSchema,
  ...modelFields.shape,
  description: description.default(''),
  framework: framework.default(''),
  riskTier: modelFields.shape.riskTier.default('medium'),
  tags: tagsSchema.default({}),
});
/** A PATCH: only the fields sent change. */
export const updateModelSchema = modelFields.partial().extend({ ownerId: z.number().int().positive().optional() });

export const sha256Schema = z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, 'A sha256 is 64 hexadecimal characters.');
const signature = z.array(z.object({ name: z.string().min(1).max(256), type: z.string().min(1).max(64) })).max(10_000);

export const datasetLinkSchema = z.object({
  name: z.string().trim().min(1).max(256),
  version: z.string().trim().min(1).max(128),
  contentHash: sha256Schema,
  rowCount: z.number().int().nonnegative().nullable().optional(),
  location: z.string().trim().max(2048).nullable().optional(),
  role: z.enum(DATASET_ROLES),
});

export const createVersionSchema = z.object({
  description: description.default(''),
  runUuid: z.string().regex(/^[0-9a-f]{32}$/, 'A run id is 32 hexadecimal characters.').nullable().optional(),
  sourceUri: optionalText(2048),
  artifactSha256: sha256Schema.nullable().optional(),
  artifactSize: z.number().int().nonnegative().nullable().optional(),
  artifactFormat: optionalText(64),
  inputSignature: signature.nullable().optional(),
  outputSignature: signature.nullable().optional(),
  codeRepository: optionalText(2048),
  codeCommit: z.string().trim().regex(/^[0-9a-f]{7,64}$/i, 'A commit is 7–64 hexadecimal characters.').nullable().optional(),
  tags: tagsSchema.default({}),
  datasets: z.array(datasetLinkSchema).max(100).default([]),
});

export const updateVersionSchema = z.object({ description, tags: tagsSchema }).partial();

export const ALIAS_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const aliasNameSchema = z
  .string()
  .trim()
  .regex(ALIAS_PATTERN, 'Aliases have 1–64 letters, digits, dash or underscore.')
  .refine((a) => a.toLowerCase() !== 'latest' && !/^v\d+$/i.test(a), '`latest` and `v<number>` are reserved.');

export const aliasSchema = z.object({
  alias: aliasNameSchema,
  version: versionNumberSchema,
});

export const modelCardSchema = z.object(
  Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, z.string().max(50_000, 'At most 50,000 characters.').optional()])) as Record<
    (typeof MODEL_CARD_SECTIONS)[number],
    z.ZodOptional<z.ZodString>
  >,
);

export type CreateModelInput = z.input<typeof createModelSchema>;
export type CreateVersionInput = z.input<typeof createVersionSchema>;

/** A version number from a URL segment; anything else is a 404, as for a version that does not exist. */
export function versionNumber(raw: string): number {
  const n = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || n < 1) throw notFound('version', `Version ${raw} does not exist.`);
  return n;
}
