import { bestVersionIndex, toDemoVersion, versionStartTime, type ModelContext, type TrainedRun } from './run-record';
import type { DemoDataset, DemoModel, SignatureColumn } from './types';

export interface BestRun {
  /** 1-based, as the registry numbers versions. */
  versionNumber: number;
  run: TrainedRun;
}

/** How a model presents itself in the registry, independent of what training produced. */
export type ModelMeta = Omit<DemoModel, 'versions' | 'card' | 'bestVersionIndex' | 'monitoring'>;

export interface ModelAssembly {
  context: ModelContext;
  runs: readonly TrainedRun[];
  datasets: DemoDataset[];
  outputSignature: SignatureColumn[];
  /** `package@version` of the learner, recorded on every version. */
  library: string;
  selectBy: { metric: string; direction: 'higher' | 'lower' };
  meta: ModelMeta;
  card: (best: BestRun) => DemoModel['card'];
}

export function assembleModel(assembly: ModelAssembly): DemoModel {
  const { runs } = assembly;
  const versions = runs.map((run, index) =>
    toDemoVersion(run, {
      startTime: versionStartTime(assembly.context, index, runs.length),
      datasets: assembly.datasets,
      outputSignature: assembly.outputSignature,
      tags: { library: assembly.library, source: assembly.meta.codeRepository },
    }),
  );
  const best = bestVersionIndex(versions, assembly.selectBy.metric, assembly.selectBy.direction);
  const bestRun = runs[best];
  if (!bestRun) throw new Error(`${assembly.meta.name} has no versions`);
  return {
    ...assembly.meta,
    versions,
    bestVersionIndex: best,
    card: assembly.card({ versionNumber: best + 1, run: bestRun }),
  };
}

/** Card numbers: fixed decimals so the prose reads naturally, the exact values live in the metrics. */
export function formatMetric(run: TrainedRun, name: string, digits = 3): string {
  const value = run.metrics[name];
  if (value === undefined) throw new Error(`metric ${name} was not recorded`);
  return value.toFixed(digits);
}

export function formatPercent(run: TrainedRun, name: string): string {
  const value = run.metrics[name];
  if (value === undefined) throw new Error(`metric ${name} was not recorded`);
  return `${(value * 100).toFixed(1)}%`;
}
