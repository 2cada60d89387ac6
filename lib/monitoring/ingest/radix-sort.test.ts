import { describe, expect, it } from 'vitest';
import { sortFinite } from './radix-sort';
import { random } from './test-support';

/** The builtin's order for the same values: NaN dropped, -0 read as 0. */
function reference(values: Float64Array): number[] {
  return Array.from(values.filter((value) => !Number.isNaN(value)).map((value) => value + 0).sort());
}

function expectSorted(values: Float64Array) {
  const sorted = sortFinite(values);
  expect(sorted).toBeInstanceOf(Float64Array);
  expect(Array.from(sorted)).toEqual(reference(values));
  expect(Array.from(sorted).some((value) => Object.is(value, -0))).toBe(false);
}

describe('sortFinite', () => {
  it('matches the builtin sort on random values of every sign and magnitude', () => {
    const next = random(5);
    expectSorted(Float64Array.from({ length: 100_000 }, () => next() * 2 - 1));
    expectSorted(Float64Array.from({ length: 100_000 }, () => (next() - 0.5) * 10 ** (next() * 616 - 308)));
    expectSorted(Float64Array.from({ length: 50_000 }, () => -next() * 1e-310)); // negative subnormals
  });

  it('handles duplicates, zeros of both signs, infinities and NaN', () => {
    const next = random(6);
    const specials = [0, -0, Infinity, -Infinity, NaN, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1];
    expectSorted(Float64Array.from({ length: 20_000 }, () => specials[Math.floor(next() * specials.length)]!));
    expectSorted(Float64Array.from({ length: 20_000 }, () => Math.round(next() * 20) - 10));
  });

  it('handles all-equal values (every pass skipped), and lengths 0, 1 and 2', () => {
    expectSorted(new Float64Array(1000).fill(3.25));
    expectSorted(new Float64Array(1000).fill(-0));
    expectSorted(new Float64Array(0));
    expectSorted(Float64Array.of(NaN, NaN));
    expectSorted(Float64Array.of(-0));
    expectSorted(Float64Array.of(2, -1));
  });

  it('finishes values that share their high 32 bits, in short runs and long ones, of either sign', () => {
    const next = random(8);
    // One high word everywhere: the high passes are skipped and the low word decides.
    expectSorted(Float64Array.from({ length: 5000 }, (_, i) => 1 + ((i * 7919) % 5000) * 2 ** -52));
    expectSorted(Float64Array.from({ length: 5000 }, (_, i) => -1 - ((i * 7919) % 5000) * 2 ** -52));
    // Runs of random length (insertion sort below 65, radix above) around a few hundred high words.
    const highWords = Float64Array.from({ length: 300 }, () => (next() < 0.5 ? -1 : 1) * (1 + Math.floor(next() * 2 ** 20) * 2 ** -20));
    expectSorted(
      Float64Array.from({ length: 60_000 }, () => {
        const base = highWords[Math.floor(next() ** 3 * highWords.length)]!;
        return base + Math.sign(base) * Math.floor(next() * 2 ** 32) * 2 ** -52;
      }),
    );
  });

  it('leaves its input alone', () => {
    const values = Float64Array.of(3, 1, 2);
    sortFinite(values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });
});
