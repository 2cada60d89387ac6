/**
 * Model quality on a batch once labels are known: accuracy and macro-averaged precision, recall and F1
 * for classification (classes = those in the labels or the predictions, as scikit-learn's default; a
 * class never predicted has precision 0), RMSE, MAE and R² for regression. Rows missing either side are left out.
 */

import type { ColumnData } from '../ingest';
import { numberCategory } from './reference-profile';

export type Task = 'classification' | 'regression';

/** One class id per row (-1 when missing), in a dictionary shared by predictions and labels. */
function classIds(column: ColumnData, dictionary: Map<string, number>): Int32Array {
  const ids = new Int32Array(column.kind === 'numeric' ? column.values.length : column.codes.length);
  const idOf = (label: string) => {
    let id = dictionary.get(label);
    if (id === undefined) dictionary.set(label, (id = dictionary.size));
    return id;
  };
  if (column.kind === 'numeric') {
    for (let i = 0; i < ids.length; i++) ids[i] = Number.isNaN(column.values[i]!) ? -1 : idOf(numberCategory(column.values[i]!));
  } else {
    const mapped = column.dictionary.map(idOf);
    for (let i = 0; i < ids.length; i++) ids[i] = column.codes[i]! < 0 ? -1 : mapped[column.codes[i]!]!;
  }
  return ids;
}

function classification(prediction: ColumnData, label: ColumnData): Record<string, number> | null {
  const dictionary = new Map<string, number>();
  const p = classIds(prediction, dictionary);
  const y = classIds(label, dictionary);
  const k = dictionary.size;
  const truePositive = new Float64Array(k);
  const predicted = new Float64Array(k);
  const actual = new Float64Array(k);
  let rows = 0;
  let correct = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i]! < 0 || y[i]! < 0) continue;
    rows++;
    predicted[p[i]!]!++;
    actual[y[i]!]!++;
    if (p[i] === y[i]) {
      correct++;
      truePositive[p[i]!]!++;
    }
  }
  if (rows === 0) return null;
  let precision = 0;
  let recall = 0;
  let f1 = 0;
  let classes = 0;
  for (let c = 0; c < k; c++) {
    if (predicted[c] === 0 && actual[c] === 0) continue;
    classes++;
    const pc = predicted[c]! > 0 ? truePositive[c]! / predicted[c]! : 0;
    const rc = actual[c]! > 0 ? truePositive[c]! / actual[c]! : 0;
    precision += pc;
    recall += rc;
    f1 += pc + rc > 0 ? (2 * pc * rc) / (pc + rc) : 0;
  }
  return { accuracy: correct / rows, precision_macro: precision / classes, recall_macro: recall / classes, f1_macro: f1 / classes };
}

function regression(prediction: Float64Array, label: Float64Array): Record<string, number> | null {
  let rows = 0;
  let squared = 0;
  let absolute = 0;
  let labelSum = 0;
  for (let i = 0; i < prediction.length; i++) {
    if (Number.isNaN(prediction[i]!) || Number.isNaN(label[i]!)) continue;
    rows++;
    const error = prediction[i]! - label[i]!;
    squared += error * error;
    absolute += Math.abs(error);
    labelSum += label[i]!;
  }
  if (rows === 0) return null;
  const mean = labelSum / rows;
  let total = 0;
  for (let i = 0; i < prediction.length; i++) {
    if (!Number.isNaN(prediction[i]!) && !Number.isNaN(label[i]!)) total += (label[i]! - mean) ** 2;
  }
  const metrics: Record<string, number> = { rmse: Math.sqrt(squared / rows), mae: absolute / rows };
  if (total > 0) metrics.r2 = 1 - squared / total;
  return metrics;
}

/** Metrics for predictions against labels row by row; null when no row has both. */
export function performanceMetrics(task: Task, prediction: ColumnData, label: ColumnData): Record<string, number> | null {
  if (task === 'regression' && prediction.kind === 'numeric' && label.kind === 'numeric') return regression(prediction.values, label.values);
  return classification(prediction, label);
}
