import fs from 'node:fs';

/**
 * The monitoring suite's tables: 20 columns (12 numeric, 8 categorical) written as CSV, row by row,
 * from a seeded generator, so the same arguments always write the same bytes. A numeric column is
 * drawn from a normal, uniform or lognormal distribution and written with 3 decimals (`12.345`); a
 * categorical one takes 5 to 50 short values (`city_17`) with Zipf-like weights. `production: true`
 * draws the few columns marked `drift` from their shifted distribution, which the server's defaults
 * (normed Wasserstein ≥ 0.1, Jensen–Shannon ≥ 0.1 for a reference over 1,000 rows) must report.
 */
const numeric = (name, dist, params, drift) => ({ name, kind: 'numeric', dist, params, drift });
const categorical = (name, values, skew, drift) => ({ name, kind: 'categorical', values: Array.from({ length: values }, (_, k) => `${name}_${k}`), skew, drift });

export const COLUMNS = [
  // Lognormal mean up ×1.5 (about half a standard deviation).
  numeric('amount', 'lognormal', [3.5, 0.8], [3.9, 0.8]),
  categorical('city', 50, 1.1),
  numeric('age', 'normal', [41, 12], [46, 12]),
  categorical('device', 5, 0.8),
  numeric('tenure_days', 'uniform', [0, 3650]),
  numeric('income', 'lognormal', [10.8, 0.5]),
  // Traffic moves from the first channel to the last two.
  categorical('channel', 8, 1, 'rotate'),
  numeric('credit_score', 'normal', [680, 55]),
  numeric('session_minutes', 'lognormal', [2.2, 0.9]),
  categorical('plan', 12, 1.2),
  numeric('latitude', 'uniform', [-60, 70]),
  // Same mean, wider spread.
  numeric('temperature', 'normal', [18, 7], [18, 10]),
  // The weights reversed: the rarest countries become the commonest.
  categorical('country', 30, 1, 'reverse'),
  numeric('basket_size', 'uniform', [1, 40]),
  categorical('browser', 10, 0.9),
  numeric('discount_rate', 'uniform', [0, 0.3]),
  categorical('segment', 20, 0.7),
  numeric('risk_score', 'normal', [0, 1]),
  categorical('campaign', 40, 1),
  numeric('response_ms', 'lognormal', [5, 0.6]),
];

/** The columns a production table draws from a shifted distribution: the ones the report should flag. */
export const DRIFTED_COLUMNS = COLUMNS.filter((c) => c.drift).map((c) => c.name);

/** sfc32, seeded by a 32-bit integer: fast, and good enough for test data. */
function random(seed) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Zipf-like weights 1/(k+1)^skew as a cumulative table; `rotate` and `reverse` are the production shifts. */
function cumulative(count, skew, shift) {
  let weights = Array.from({ length: count }, (_, k) => 1 / (k + 1) ** skew);
  if (shift === 'reverse') weights = weights.reverse();
  if (shift === 'rotate') weights = [...weights.slice(1), weights[0]].map((w, k) => (k >= count - 2 ? w * 3 : w));
  const total = weights.reduce((s, w) => s + w, 0);
  let sum = 0;
  return Float64Array.from(weights, (w) => (sum += w / total));
}

/** One column's field writer: draws a value and writes its text at `at` in `out`, returning the new end. */
function fieldWriter(column, production, next) {
  const shifted = production && column.drift;
  if (column.kind === 'categorical') {
    const cdf = cumulative(column.values.length, column.skew, shifted ? column.drift : null);
    const encoded = column.values.map((v) => Buffer.from(v, 'latin1'));
    return (out, at) => {
      const u = next();
      let lo = 0;
      let hi = cdf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (u < cdf[mid]) hi = mid;
        else lo = mid + 1;
      }
      const value = encoded[lo];
      out.set(value, at);
      return at + value.length;
    };
  }
  const [p, q] = shifted ? column.drift : column.params;
  // Box–Muller, one normal per pair of uniforms (the second is not worth caching here).
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const draw = column.dist === 'normal' ? () => p + q * normal() : column.dist === 'lognormal' ? () => Math.exp(p + q * normal()) : () => p + (q - p) * next();
  return (out, at) => writeFixed3(out, at, draw());
}

const DIGIT_0 = 48;

/** `x` with 3 decimals, as `toFixed(3)` writes it (but `0.000` for tiny negatives), as ASCII bytes; no strings made. */
function writeFixed3(out, at, x) {
  const thousandths = Math.round(Math.abs(x) * 1000);
  if (x < 0 && thousandths > 0) out[at++] = 45; // '-'
  let whole = Math.floor(thousandths / 1000);
  const fraction = thousandths - whole * 1000;
  let digits = 1;
  for (let rest = whole; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  at += digits;
  for (let d = at - 1; d >= at - digits; d--) {
    out[d] = DIGIT_0 + (whole % 10);
    whole = Math.floor(whole / 10);
  }
  out[at] = 46; // '.'
  out[at + 1] = DIGIT_0 + Math.floor(fraction / 100);
  out[at + 2] = DIGIT_0 + (Math.floor(fraction / 10) % 10);
  out[at + 3] = DIGIT_0 + (fraction % 10);
  return at + 4;
}

/** The longest row the writers can make: 20 fields of at most 24 bytes (category names are short, numbers below 1e19). */
const MAX_ROW_BYTES = 1024;

/** The CSV as Buffers of about `chunkBytes` each (each a fresh copy, safe to keep): the header, then `rows` rows. */
export function* csvChunks({ rows, seed = 1, production = false, chunkBytes = 1 << 22 }) {
  const next = random(seed);
  const fields = COLUMNS.map((c) => fieldWriter(c, production, next));
  const width = fields.length;
  const out = Buffer.allocUnsafe(chunkBytes + MAX_ROW_BYTES);
  let at = out.write(`${COLUMNS.map((c) => c.name).join(',')}\n`, 'latin1');
  for (let r = 0; r < rows; r++) {
    at = fields[0](out, at);
    for (let f = 1; f < width; f++) {
      out[at++] = 44; // ','
      at = fields[f](out, at);
    }
    out[at++] = 10; // '\n'
    if (at >= chunkBytes) {
      yield Buffer.from(out.subarray(0, at));
      at = 0;
    }
  }
  if (at > 0) yield Buffer.from(out.subarray(0, at));
}

/** Writes the CSV to `file` and returns its size in bytes. */
export function writeCsv(file, options) {
  const started = performance.now();
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    for (const chunk of csvChunks(options)) bytes += fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return { file, rows: options.rows, columns: COLUMNS.length, bytes, generateMs: Math.round(performance.now() - started) };
}
