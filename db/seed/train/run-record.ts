import { performance } from 'node:perf_hooks';
import type { HistoryPoint } from './forest-history';
import type { DemoDataset, DemoVersion, MetricPoint, SignatureColumn } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Everything the artifact needs besides the library's own JSON to be usable: column order and label names. */
export interface ArtifactEnvelope {
  library: string;
  libraryVersion: string;
  estimator: string;
  features: string[];
  target: string;
  classes?: string[];
  preprocessing?: Record<string, unknown>;
  model: unknown;
}

export interface TrainedRun {
  runName: string;
  description: string;
  params: Record<string, string | number | boolean>;
  metrics: Record<string, number>;
  histories: Record<string, HistoryPoint[]>;
  durationMs: number;
  artifact: ArtifactEnvelope;
  inputSignature: SignatureColumn[];
  tags?: Record<string, string>;
}

export interface VersionContext {
  startTime: number;
  datasets: DemoDataset[];
  outputSignature: SignatureColumn[];
  tags: Record<string, string>;
}

export interface ModelContext {
  now: number;
  /** Position of the model in the workspace, used to stagger the demo timeline between models. */
  slot: number;
}

/** Demo timeline: a model's versions were trained three days apart, the last one before `now`. */
export function versionStartTime(context: ModelContext, versionIndex: number, versionCount: number): number {
  return context.now - (versionCount - versionIndex) * 3 * DAY_MS - (context.slot + 1) * 5 * HOUR_MS;
}

export function timed<T>(work: () => T): { result: T; durationMs: number } {
  const started = performance.now();
  const result = work();
  return { result, durationMs: Math.max(1, Math.round(performance.now() - started)) };
}

/**
 * Places each point in proportion to its step inside the run's real duration. Timestamps stay strictly
 * increasing even when a fast run has more points than milliseconds, stretching the run end if needed.
 */
function spreadOverRun(points: readonly HistoryPoint[], startTime: number, durationMs: number): MetricPoint[] {
  const lastStep = points.at(-1)?.step ?? 1;
  let previous = startTime;
  return points.map(({ step, value }) => {
    const timestamp = Math.max(previous + 1, startTime + Math.round((durationMs * step) / lastStep));
    previous = timestamp;
    return { step, value, timestamp };
  });
}

export function toDemoVersion(run: TrainedRun, context: VersionContext): DemoVersion {
  const metricHistories: Record<string, MetricPoint[]> = {};
  let endTime = context.startTime + run.durationMs;
  for (const [name, points] of Object.entries(run.histories)) {
    const spread = spreadOverRun(points, context.startTime, run.durationMs);
    metricHistories[name] = spread;
    endTime = Math.max(endTime, spread.at(-1)?.timestamp ?? endTime);
  }
  return {
    description: run.description,
    params: Object.fromEntries(Object.entries(run.params).map(([key, value]) => [key, String(value)])),
    metrics: run.metrics,
    metricHistories,
    datasets: context.datasets,
    inputSignature: run.inputSignature,
    outputSignature: context.outputSignature,
    artifact: {
      fileName: 'model.json',
      format: 'mljs-json',
      content: Buffer.from(JSON.stringify(run.artifact), 'utf8'),
    },
    runName: run.runName,
    startTime: context.startTime,
    endTime,
    tags: { ...context.tags, ...run.tags },
  };
}

/** Index of the version with the best value of `metric`; earlier versions win ties. */
export function bestVersionIndex(
  versions: readonly Pick<DemoVersion, 'metrics'>[],
  metric: string,
  direction: 'higher' | 'lower',
): number {
  let best = 0;
  versions.forEach((version, index) => {
    const value = version.metrics[metric];
    const incumbent = versions[best]?.metrics[metric];
    if (value === undefined || incumbent === undefined) throw new Error(`metric ${metric} missing`);
    if (direction === 'higher' ? value > incumbent : value < incumbent) best = index;
  });
  return best;
}
