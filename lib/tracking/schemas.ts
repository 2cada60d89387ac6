import { z } from 'zod';
import { RUN_STATUSES } from '@/db/schema';

const key = z.string().trim().min(1).max(250);

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
    tags: z.record(key, z.string().max(5000)).default({}),
  })
  .refine((r) => r.experimentName !== undefined || r.experimentId !== undefined, { message: 'Name the experiment or give its id.', path: ['experimentName'] });

export const createExperimentSchema = z.object({
  name: z.string().trim().min(1, 'Name the experiment.').max(256),
  artifactLocation: z.string().trim().max(2048).optional(),
  tags: z.record(key, z.string().max(5000)).default({}),
});

export const logBatchSchema = z.object({
  metrics: z.array(metricSchema).max(1_000_000).default([]),
  params: z.record(key, z.string().max(6000)).default({}),
  tags: z.record(key, z.string().max(5000)).default({}),
});

export const finishRunSchema = z.object({
  status: z.enum(RUN_STATUSES).optional(),
  name: z.string().trim().min(1).max(256).optional(),
  endTime: z.number().int().nonnegative().optional(),
});

export type MetricInput = z.input<typeof metricSchema>;
