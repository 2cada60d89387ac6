/**
 * The heavy half of every monitoring upload, the same whether it runs in a worker thread (the server)
 * or inline (tests, the seeder): parse the streamed table, hash it, then profile a reference, judge a
 * batch or score late labels. It touches no database; the caller stores the result in one transaction.
 */

import { createHash } from 'node:crypto';
import { type ColumnData, type ColumnKind, type ExpectedColumn, IngestError, type TableFormat, createTableParser } from '../ingest';
import type { MonitoringPolicy } from '../policy';
import type { ColumnVerdict } from '../types';
import { type ReferenceSnapshot, judgeBatch, judgedColumns, splitColumns } from './batch-judge';
import { type Task, performanceMetrics } from './performance';
import { type ReferenceBuild, ReferenceError, type ReferenceRoles, profileReference } from './reference-profile';

/** Predictions kept until labels arrive, in the form the batch parsed them. */
export type StoredPredictions = { kind: 'numeric'; values: Float64Array } | { kind: 'categorical'; codes: Int32Array; dictionary: string[] };

export type TaskSpec =
  | { type: 'reference'; format: TableFormat; roles: ReferenceRoles }
  | { type: 'batch'; format: TableFormat; reference: ReferenceSnapshot; policy: MonitoringPolicy; task: Task }
  | { type: 'labels'; format: TableFormat; labelKind: ColumnKind; predictions: StoredPredictions; rowCount: number; task: Task };

export interface BatchComputation {
  rowCount: number;
  columns: ColumnVerdict[];
  /** Kept only when the batch came without labels. */
  predictions: StoredPredictions | null;
  performance: Record<string, number> | null;
}

export type TaskOutput =
  | { type: 'reference'; sha256: string; build: ReferenceBuild }
  | { type: 'batch'; sha256: string; batch: BatchComputation }
  | { type: 'labels'; sha256: string; performance: Record<string, number> | null };

/** Bad input, with the row and column that failed where known. */
export interface TaskFailure {
  message: string;
  row?: number;
  column?: string;
}

export const LABEL_COLUMN = 'label';

function expectedOf(spec: TaskSpec): ExpectedColumn[] | undefined {
  if (spec.type === 'reference') return undefined;
  if (spec.type === 'labels') return [{ name: LABEL_COLUMN, kind: spec.labelKind }];
  // Overridden columns still arrive as their inferred kind; the judge reads numbers as categories.
  return spec.reference.columns.map((c) => ({ name: c.name, kind: c.inferredKind, optional: c.role === 'label' }));
}

function asColumn(predictions: StoredPredictions, name: string): ColumnData {
  return predictions.kind === 'numeric'
    ? { kind: 'numeric', name, values: predictions.values, missing: 0 }
    : { kind: 'categorical', name, codes: predictions.codes, dictionary: predictions.dictionary, missing: 0 };
}

function stored(column: ColumnData): StoredPredictions {
  return column.kind === 'numeric' ? { kind: 'numeric', values: column.values } : { kind: 'categorical', codes: column.codes, dictionary: column.dictionary };
}

/** Receives the columns another thread is to judge; this one judges the rest. */
export type HandOff = (columns: ColumnData[], rowCount: number) => void;

function complete(spec: TaskSpec, table: { rowCount: number; columns: ColumnData[] }, sha256: string, handOff?: HandOff): TaskOutput {
  switch (spec.type) {
    case 'reference':
      return { type: 'reference', sha256, build: profileReference(table, spec.roles) };
    case 'labels': {
      if (table.rowCount !== spec.rowCount) {
        throw new IngestError(`The labels have ${table.rowCount} rows; the batch has ${spec.rowCount}.`, { column: LABEL_COLUMN });
      }
      return { type: 'labels', sha256, performance: performanceMetrics(spec.task, asColumn(spec.predictions, 'prediction'), table.columns[0]!) };
    }
    case 'batch': {
      const byRole = (role: string) => {
        const name = spec.reference.columns.find((c) => c.role === role)?.name;
        return table.columns.find((c) => c.name === name);
      };
      const prediction = byRole('prediction');
      const label = byRole('label');
      const performance = prediction && label ? performanceMetrics(spec.task, prediction, label) : null;
      const shares = handOff ? splitColumns(spec.reference) : null;
      if (shares) handOff!(table.columns.filter((c) => shares[1].has(c.name)), table.rowCount);
      const columns = judgeBatch(spec.reference, table, spec.policy, shares?.[0]);
      // Kept whenever they were not scored, so labels can still come (a label column left blank included).
      return { type: 'batch', sha256, batch: { rowCount: table.rowCount, columns, predictions: prediction && !performance ? stored(prediction) : null, performance } };
    }
  }
}

/**
 * Feed it the upload chunk by chunk, then `finish`; bad input throws a TaskFailure-shaped error. With
 * `handOff`, a batch judges only its share of the columns and gives the others away (see `mergeShares`).
 */
export function startTask(spec: TaskSpec, handOff?: HandOff): { push(chunk: Uint8Array): void; finish(): TaskOutput } {
  const parser = createTableParser({ format: spec.format, expected: expectedOf(spec) });
  const hash = createHash('sha256');
  return {
    push(chunk) {
      hash.update(chunk);
      parser.push(chunk);
    },
    finish: () => complete(spec, parser.finish(), hash.digest('hex'), handOff),
  };
}

/** The share of a batch's columns handed to a second thread. */
export interface JudgeShare {
  reference: ReferenceSnapshot;
  policy: MonitoringPolicy;
  rowCount: number;
  columns: ColumnData[];
}

export const judgeShare = (share: JudgeShare): ColumnVerdict[] => judgeBatch(share.reference, share, share.policy, new Set(share.columns.map((c) => c.name)));

/** Both threads' verdicts, back in the reference's column order. */
export function mergeShares(reference: ReferenceSnapshot, output: Extract<TaskOutput, { type: 'batch' }>, other: ColumnVerdict[]): TaskOutput {
  const byName = new Map([...output.batch.columns, ...other].map((c) => [c.name, c]));
  return { ...output, batch: { ...output.batch, columns: judgedColumns(reference).map((info) => byName.get(info.name)!) } };
}

/** The input errors a task reports to its caller; anything else is a bug. */
export function asFailure(error: unknown): TaskFailure | null {
  if (error instanceof IngestError) return { message: error.message, row: error.row, column: error.column };
  if (error instanceof ReferenceError) return { message: error.message, column: error.column };
  return null;
}
