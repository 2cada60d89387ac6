import { z } from 'zod';
import { RUN_STATUSES } from '@/db/schema';

/** Lengths of keys, param values and tag values, MLflow's as well as ours. */
export const MAX_KEY_LENGTH = 250;
export const MAX_PARAM_VALUE_LENGTH = 6000;
export const MAX_TAG_VALUE_LENGTH = 5000;

const key = z.string().trim().min(1).max(MAX_KEY_LENGTH);
const tagValue = z.string().max(MAX_TAG_VALUE_LENGTH);

export const metricSchema = z.object({
  key,
  value: z.number().refine((v) => !Number.isNaN(v), 'NaN is not a metric value.'),
  step: z.number().int().min(0).default(0),
  timestamp: z.number().int().nonnegative(),
});

export const createRunSchema = z
  .object({
    experimentName: z.string().trim().min(1).max(256).optional(),
    experimentId: z.coerce.number().int().positive().optional(),
    name: z.string().trim().min(1).max(256),
    startTime: z.number().int().nonnegative().optional(),
    tags: z.record(key, tagValue).default({}),
  })
  .refine((r) => r.experimentName !== undefined || r.experimentId !== undefined, { message: 'Name the experiment or give its id.', path: ['experimentName'] });

export const createExperimentSchema = z.object({
  name: z.string().trim().min(1, 'Name the experiment.').max(256),
  artifactLocation: z.string().trim().max(2048).optional(),
  tags: z.record(key, tagValue).default({}),
});

export const logBatchSchema = z.object({
  metrics: z.array(metricSchema).max(1_000_000).default([]),
  params: z.record(key, z.string().max(MAX_PARAM_VALUE_LENGTH)).default({}),
  tags: z.record(key, tagValue).default({}),
});

export const finishRunSchema = z.object({
  status: z.enum(RUN_STATUSES).optional(),
  name: z.string().trim().min(1).max(256).optional(),
  endTime: z.number().int().nonnegative().optional(),
});

export type MetricInput = z.input<typeof metricSchema>;
