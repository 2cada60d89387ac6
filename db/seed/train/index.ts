import { trainCarMpgRegressor } from './models/car-mpg-regressor';
import { trainCarOriginClassifier } from './models/car-origin-classifier';
import { trainIrisSpeciesClassifier } from './models/iris-species-classifier';
import { trainPenguinBodyMassRegressor } from './models/penguin-body-mass-regressor';
import { trainPenguinSpeciesClassifier } from './models/penguin-species-classifier';
import { trainSeattleWeatherClassifier } from './models/seattle-weather-classifier';
import type { ModelContext } from './run-record';
import type { DemoModel } from './types';

export type {
  DemoDataset,
  DemoModel,
  DemoMonitoring,
  DemoVersion,
  MetricPoint,
  MonitoringBatch,
  SignatureColumn,
  TaskType,
} from './types';

const TRAINERS: readonly ((context: ModelContext) => DemoModel)[] = [
  trainIrisSpeciesClassifier,
  trainPenguinSpeciesClassifier,
  trainCarMpgRegressor,
  trainCarOriginClassifier,
  trainPenguinBodyMassRegressor,
  trainSeattleWeatherClassifier,
];

/**
 * Trains the demo workspace's models on datasets shipped inside npm packages (no network access) and
 * returns them as plain data. Splits and learners are seeded, so metrics, datasets and artifacts are
 * identical on every call; only run durations (measured) and dates (relative to `now`) vary.
 */
export async function trainDemoModels(options: { now?: number } = {}): Promise<DemoModel[]> {
  const now = options.now ?? Date.now();
  const models: DemoModel[] = [];
  for (const [slot, train] of TRAINERS.entries()) {
    models.push(train({ now, slot }));
    // Training is CPU-bound; yielding between models keeps a caller's timers and logs responsive.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return models;
}
