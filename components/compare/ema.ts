/**
 * Exponential moving average as TensorBoard draws it. The running value starts at zero and is
 * divided by the weight it has accumulated, so the first points are not dragged towards zero or
 * towards the first value, and a constant series stays constant at every weight.
 * `weight` is in [0, 1): 0 returns the input, values near 1 smooth hardest.
 */
export function ema(values: readonly number[], weight: number): number[] {
  if (!(weight >= 0 && weight < 1)) throw new RangeError(`smoothing weight must be in [0, 1), got ${weight}`);
  if (weight === 0) return [...values];
  let running = 0;
  return values.map((value, i) => {
    running = running * weight + (1 - weight) * value;
    return running / (1 - weight ** (i + 1));
  });
}
