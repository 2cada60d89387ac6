/**
 * Decimal numbers straight from UTF-8 bytes. A mantissa of at most 15 significant digits is exact in
 * a double, and so is 10^k for k ≤ 22, so one IEEE multiply or divide gives the correctly rounded
 * value (Clinger's fast path). Anything longer goes to `Number`, which also rounds correctly, so the
 * result always equals `Number(text)`.
 */

const SPACE = 32;
const TAB = 9;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const LOWER_E = 101;
const UPPER_E = 69;

// Literals, not `10 ** k`: the parser rounds each literal correctly, Math.pow need not.
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const MAX_EXACT_DIGITS = 15;
const MAX_EXACT_POWER = 22;

/**
 * The value of a finite decimal (`-1.5e-3`, `.5`, `5.`, `+3`), spaces and tabs around it allowed;
 * NaN for anything else, including `Infinity`, hex and decimals that overflow a double.
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let b = 0;
  while (start < end && ((b = bytes[start]!) === SPACE || b === TAB)) start++;
  while (end > start && ((b = bytes[end - 1]!) === SPACE || b === TAB)) end--;
  if (start === end) return NaN;

  let i = start;
  b = bytes[i]!;
  const negative = b === MINUS;
  if (negative || b === PLUS) i++;

  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let exponent = 0;
  for (; i < end; i++) {
    const d = bytes[i]! - ZERO;
    if (d < 0 || d > 9) break;
    digits++;
    if (significant > 0 || d !== 0) {
      significant++;
      mantissa = mantissa * 10 + d;
    }
  }
  if (i < end && bytes[i] === DOT) {
    for (i++; i < end; i++) {
      const d = bytes[i]! - ZERO;
      if (d < 0 || d > 9) break;
      digits++;
      exponent--;
      if (significant > 0 || d !== 0) {
        significant++;
        mantissa = mantissa * 10 + d;
      }
    }
  }
  if (digits === 0) return NaN;

  if (i < end) {
    b = bytes[i++]!;
    if (b !== LOWER_E && b !== UPPER_E) return NaN;
    const sign = i < end ? bytes[i] : 0;
    if (sign === MINUS || sign === PLUS) i++;
    if (i === end) return NaN;
    let power = 0;
    for (; i < end; i++) {
      const d = bytes[i]! - ZERO;
      if (d < 0 || d > 9) return NaN;
      // Past this the value is 0 or overflows whatever the digits; `Number` settles which.
      if (power < 100_000) power = power * 10 + d;
    }
    exponent += sign === MINUS ? -power : power;
  }

  if (significant <= MAX_EXACT_DIGITS) {
    if (mantissa === 0) return negative ? -0 : 0;
    if (exponent >= -MAX_EXACT_POWER && exponent <= MAX_EXACT_POWER) {
      const value = exponent >= 0 ? mantissa * POW10[exponent]! : mantissa / POW10[-exponent]!;
      return negative ? -value : value;
    }
  }
  const value = Number(asciiText(bytes, start, end));
  return value - value === 0 ? value : NaN;
}

/** Text already checked to be ASCII digits, signs, dots and exponents. */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

/**
 * For text that `parseDecimal` accepted: k when the text is exactly `value.toFixed(k)`, else -1. With at
 * most 15 significant digits the nearest double lies well within half a unit of the last written
 * digit, so `toFixed` gives those digits back; signs, leading zeros, exponents, `.5`, `5.` and `-0`
 * do not come back and are refused.
 */
export function fixedDigits(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  const integerStart = i;
  while (i < end && isDigit(bytes[i]!)) i++;
  const integerDigits = i - integerStart;
  if (integerDigits === 0 || (integerDigits > 1 && bytes[integerStart] === ZERO)) return -1;
  let fraction = 0;
  if (i < end) {
    if (bytes[i++] !== DOT) return -1;
    const fractionStart = i;
    while (i < end && isDigit(bytes[i]!)) i++;
    fraction = i - fractionStart;
    if (fraction === 0 || fraction > 100 || i !== end) return -1;
  }
  let significant = 0;
  for (let j = integerStart; j < end; j++) {
    const b = bytes[j]!;
    if (b !== DOT && (significant > 0 || b !== ZERO)) significant++;
  }
  if (significant > MAX_EXACT_DIGITS || (negative && significant === 0)) return -1;
  return fraction;
}

function isDigit(b: number): boolean {
  return b >= ZERO && b <= ZERO + 9;
}

/** Whether `String(value)` spells exactly these bytes. */
export function spellsShortest(bytes: Uint8Array, start: number, end: number, value: number): boolean {
  const text = String(value);
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}

/**
 * Reads the common case in the same pass that finds a CSV field's end: an optional `-` and at most 15
 * digits with an optional fraction. A class, so the hot loop calls a method rather than an imported
 * binding (which some module transforms turn into a getter call per use).
 */
export class PlainDecimalReader {
  /** Where the last `read` stopped: the first byte not part of the number. */
  stop = 0;

  /** The number at `start`, or NaN when the text up to `stop` is not such a number. */
  read(bytes: Uint8Array, start: number, end: number): number {
    let i = start;
    const negative = i < end && bytes[i] === MINUS;
    if (negative) i++;
    let mantissa = 0;
    const integerStart = i;
    for (; i < end; i++) {
      const d = bytes[i]! - ZERO;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
    }
    let digits = i - integerStart;
    let scale = 0;
    if (i < end && bytes[i] === DOT) {
      const fractionStart = ++i;
      for (; i < end; i++) {
        const d = bytes[i]! - ZERO;
        if (d < 0 || d > 9) break;
        mantissa = mantissa * 10 + d;
      }
      scale = i - fractionStart;
      digits += scale;
    }
    this.stop = i;
    if (digits === 0 || digits > MAX_EXACT_DIGITS) return NaN;
    const value = scale === 0 ? mantissa : mantissa / POW10[scale]!;
    return negative ? -value : value;
  }
}
