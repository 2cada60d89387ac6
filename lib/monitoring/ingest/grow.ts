type GrowableArray = Float64Array | Int32Array | Uint8Array;

/** A copy of `array` with room for at least `minLength` items, doubling so appends stay amortised O(1). */
export function grow<T extends GrowableArray>(array: T, minLength: number): T {
  let length = Math.max(array.length * 2, 16);
  while (length < minLength) length *= 2;
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

/**
 * `array` cut to `length`: a view when at most a fifth of the buffer is spare (copying a large column
 * costs more than the room it frees), a copy when more would be held for nothing.
 */
export function trimmed<T extends GrowableArray>(array: T, length: number): T {
  return (array.length - length <= array.length / 5 ? array.subarray(0, length) : array.slice(0, length)) as T;
}
