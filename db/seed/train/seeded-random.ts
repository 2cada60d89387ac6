/**
 * mulberry32: a tiny 32-bit generator. Statistically weak but fully reproducible from one integer,
 * which is all the seed data needs (same split and same forests on every machine and every run).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy, so callers' arrays are never reordered behind their back. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = held;
  }
  return copy;
}

export interface SplitOptions<T> {
  testFraction: number;
  seed: number;
  /** Stratifying keeps every class represented in the small held-out sets (iris has 15 rows per class in test). */
  stratifyBy?: (row: T) => string;
}

export function splitTrainTest<T>(rows: readonly T[], options: SplitOptions<T>): { train: T[]; test: T[] } {
  if (!(options.testFraction > 0 && options.testFraction < 1)) {
    throw new RangeError(`testFraction must be in (0, 1), got ${options.testFraction}`);
  }
  const random = mulberry32(options.seed);
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = options.stratifyBy ? options.stratifyBy(row) : '';
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const train: T[] = [];
  const test: T[] = [];
  for (const group of groups.values()) {
    const mixed = shuffled(group, random);
    const testCount = Math.round(mixed.length * options.testFraction);
    test.push(...mixed.slice(0, testCount));
    train.push(...mixed.slice(testCount));
  }
  // Without this final shuffle the splits would be sorted by class, which is both unrealistic in a CSV and bad for learners sensitive to order.
  return { train: shuffled(train, random), test: shuffled(test, random) };
}
