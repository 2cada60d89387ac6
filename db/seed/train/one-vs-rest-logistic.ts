import LogisticRegression from 'ml-logistic-regression';
import type { HistoryPoint } from './forest-history';

/**
 * ml-logistic-regression's training loop, written out so the loss can be read after every step (the
 * package only exposes the final weights). Same maths as the package: for each class c a binary model
 * whose target is 0 for c and 1 for the rest, trained by full-batch gradient ascent from zero weights
 * with w += learningRate * Xᵀ(target − sigmoid(Xw)). The classes are independent, so stepping them in
 * lockstep instead of one after another yields the same weights.
 */

export interface OneVsRestOptions {
  numSteps: number;
  learningRate: number;
  /** Checkpoint spacing; keeps histories to a few hundred points at most. */
  recordEvery: number;
  /** Called with the current weights at each checkpoint; returns named metric values. */
  evaluate: (weights: readonly (readonly number[])[]) => Record<string, number>;
}

export interface OneVsRestResult {
  weights: number[][];
  histories: Record<string, HistoryPoint[]>;
}

const sigmoid = (score: number): number => 1 / (1 + Math.exp(-score));

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

export function trainOneVsRest(
  x: readonly (readonly number[])[],
  labels: readonly number[],
  classCount: number,
  options: OneVsRestOptions,
): OneVsRestResult {
  const featureCount = x[0]?.length ?? 0;
  const weights = Array.from({ length: classCount }, () => new Array<number>(featureCount).fill(0));
  const histories: Record<string, HistoryPoint[]> = {};
  for (let step = 1; step <= options.numSteps; step++) {
    weights.forEach((classWeights, classIndex) => {
      const gradient = new Array<number>(featureCount).fill(0);
      x.forEach((row, i) => {
        const target = labels[i] === classIndex ? 0 : 1;
        const error = target - sigmoid(dot(row, classWeights));
        for (let j = 0; j < featureCount; j++) gradient[j] = (gradient[j] as number) + (row[j] as number) * error;
      });
      for (let j = 0; j < featureCount; j++) {
        classWeights[j] = (classWeights[j] as number) + options.learningRate * (gradient[j] as number);
      }
    });
    if (step % options.recordEvery === 0 || step === options.numSteps) {
      for (const [name, value] of Object.entries(options.evaluate(weights))) {
        (histories[name] ??= []).push({ step, value });
      }
    }
  }
  return { weights, histories };
}

/**
 * Class probabilities from the one-vs-rest scores: each binary model gives P(not c), so 1 − P(not c) is
 * renormalised across classes. Its argmax is the package's argmin of the scores.
 */
export function classProbabilities(weights: readonly (readonly number[])[], row: readonly number[]): number[] {
  const raw = weights.map((classWeights) => 1 - sigmoid(dot(row, classWeights)));
  const total = raw.reduce((sum, value) => sum + value, 0);
  return total > 0 ? raw.map((value) => value / total) : raw.map(() => 1 / raw.length);
}

/** Wraps trained weights in the package's own model so prediction and serialisation are the library's. */
export function toMljsLogisticRegression(
  weights: readonly (readonly number[])[],
  options: Pick<OneVsRestOptions, 'numSteps' | 'learningRate'>,
): LogisticRegression {
  return LogisticRegression.load({
    name: 'LogisticRegression',
    numSteps: options.numSteps,
    learningRate: options.learningRate,
    numberClasses: weights.length,
    classifiers: weights.map((classWeights) => ({
      numSteps: options.numSteps,
      learningRate: options.learningRate,
      weights: [[...classWeights]],
    })),
  });
}
