/** Minimal typings for the mljs packages that ship none, limited to what the demo trainers call. */

declare module 'ml-cart' {
  import type { AbstractMatrix } from 'ml-matrix';

  export interface DecisionTreeOptions {
    gainFunction?: 'gini' | 'regression';
    splitFunction?: 'mean';
    minNumSamples?: number;
    maxDepth?: number;
    gainThreshold?: number;
  }

  export interface DecisionTreeJson {
    name: 'DTClassifier' | 'DTRegression';
    options: DecisionTreeOptions & { kind: 'classifier' | 'regression' };
    root: unknown;
  }

  export class DecisionTreeClassifier {
    constructor(options?: DecisionTreeOptions);
    train(trainingSet: number[][] | AbstractMatrix, labels: number[]): void;
    predict(toPredict: number[][] | AbstractMatrix): number[];
    toJSON(): DecisionTreeJson;
    static load(model: DecisionTreeJson): DecisionTreeClassifier;
  }
}

declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';

  export interface BinaryClassifierJson {
    numSteps: number;
    learningRate: number;
    weights: number[][];
  }

  export interface LogisticRegressionJson {
    name: 'LogisticRegression';
    numSteps: number;
    learningRate: number;
    numberClasses: number;
    classifiers: BinaryClassifierJson[];
  }

  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    numberClasses: number;
    train(features: Matrix, labels: Matrix): void;
    /** Index of the class whose one-vs-rest score is lowest (its "rest" probability is smallest). */
    predict(features: Matrix): number[];
    /** The classifiers are still class instances here; they become BinaryClassifierJson once stringified. */
    toJSON(): Omit<LogisticRegressionJson, 'classifiers'> & { classifiers: unknown[] };
    static load(model: LogisticRegressionJson): LogisticRegression;
  }
}
