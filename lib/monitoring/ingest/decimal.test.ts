import { describe, expect, it } from 'vitest';
import { PlainDecimalReader, fixedDigits, parseDecimal, spellsShortest } from './decimal';
import { random } from './test-support';

const encode = (text: string) => new TextEncoder().encode(text);
const parseText = (text: string) => {
  const bytes = encode(text);
  return parseDecimal(bytes, 0, bytes.length);
};
/** What the parser must return: Number's value for a finite decimal, NaN otherwise. */
const reference = (text: string) => {
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
};

function digits(next: () => number, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += Math.floor(next() * 10);
  return text;
}

/** Random text in the decimal grammar: sign, digits, fraction, exponent, all optional in turn. */
function randomDecimal(next: () => number): string {
  const sign = ['', '', '-', '+'][Math.floor(next() * 4)]!;
  const integer = digits(next, Math.floor(next() * 22));
  const hasDot = next() < 0.7;
  let fraction = hasDot ? digits(next, Math.floor(next() * 22)) : '';
  if (integer === '' && fraction === '') fraction = digits(next, 1 + Math.floor(next() * 5));
  const dot = hasDot || integer === '' ? '.' : '';
  const exponent = next() < 0.4 ? `${next() < 0.5 ? 'e' : 'E'}${['', '-', '+'][Math.floor(next() * 3)]}${digits(next, 1 + Math.floor(next() * 3))}` : '';
  return `${sign}${integer}${dot}${fraction}${exponent}`;
}

describe('parseDecimal', () => {
  it('equals Number(text) on random decimals', () => {
    const next = random(1);
    const wrong: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const text = randomDecimal(next);
      if (!Object.is(parseText(text), reference(text))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('equals Number(text) on random doubles written every way JavaScript writes them', () => {
    const next = random(2);
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const value = (next() - 0.5) * 10 ** Math.floor(next() * 60 - 30);
      const k = Math.floor(next() * 17);
      for (const text of [String(value), value.toFixed(k), value.toExponential(k), value.toPrecision(k + 1)]) {
        if (!Object.is(parseText(text), reference(text))) wrong.push(text);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('handles the edges of the fast path and the fallback', () => {
    const cases = ['-1.5e-3', '.5', '5.', '+3', '-0', '0.0', '9007199254740993', '123456789012345', '1234567890123456', '1e22', '1e23', '1e-22',
      '1e-23', '4.9e-324', '2e-324', '1.7976931348623157e308', '0.1', '0.30000000000000004', '00000000000000000000001.5', '1.000000000000000000001'];
    for (const text of cases) expect(Object.is(parseText(text), reference(text)), text).toBe(true);
    expect(Object.is(parseText('-0'), -0)).toBe(true);
  });

  it('allows spaces and tabs around the number', () => {
    expect(parseText('  12.5\t')).toBe(12.5);
  });

  it('refuses what is not a finite decimal', () => {
    const refused = ['', ' ', 'abc', 'Infinity', '-Infinity', 'inf', 'NaN', '0x1F', '0b11', '1_000', '1,5', '1e', '1e+', '.', '-', '+', '--1', '1..2',
      '1.2.3', 'e5', '1e5.5', '12abc', '1e400', '-1e400', '١٢'];
    for (const text of refused) expect(parseText(text), text).toBeNaN();
  });
});

describe('PlainDecimalReader', () => {
  it('agrees with Number on everything it accepts, and accepts the usual shapes', () => {
    const reader = new PlainDecimalReader();
    const next = random(3);
    let accepted = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const text = next() < 0.5 ? randomDecimal(next) : (next() * 2000 - 1000).toFixed(Math.floor(next() * 6));
      const bytes = encode(text);
      const value = reader.read(bytes, 0, bytes.length);
      if (Number.isNaN(value) || reader.stop !== bytes.length) continue;
      accepted++;
      if (!Object.is(value, Number(text))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(accepted).toBeGreaterThan(10_000);
  });

  it('stops at the first byte that is not part of the number', () => {
    const reader = new PlainDecimalReader();
    const bytes = encode('-12.50,x');
    expect(reader.read(bytes, 0, bytes.length)).toBe(-12.5);
    expect(reader.stop).toBe(6);
  });
});

describe('fixedDigits and spellsShortest (rebuilding a number\'s text)', () => {
  const fixed = (text: string) => {
    const bytes = encode(text);
    return fixedDigits(bytes, 0, bytes.length);
  };

  it('finds the digits that toFixed gives back, and only those', () => {
    expect(fixed('1.50')).toBe(2);
    expect(fixed('-0.001')).toBe(3);
    expect(fixed('0')).toBe(0);
    expect(fixed('123456789012345')).toBe(0);
    for (const text of ['007', '+1', '-0', '-0.00', '.5', '5.', '1e3', ' 1', '1234567890123456', '0.1234567890123456']) expect(fixed(text), text).toBe(-1);
  });

  it('rebuilds random decimals exactly whenever it claims to', () => {
    const next = random(4);
    let claimed = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const text = next() < 0.5 ? randomDecimal(next) : (next() * 2e6 - 1e6).toFixed(Math.floor(next() * 9));
      const k = fixed(text);
      if (k < 0 || !Number.isFinite(Number(text))) continue;
      claimed++;
      if (Number(text).toFixed(k) !== text) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(claimed).toBeGreaterThan(10_000);
  });

  it('recognises the shortest spelling of a double', () => {
    const bytes = encode('0.30000000000000004');
    expect(spellsShortest(bytes, 0, bytes.length, 0.1 + 0.2)).toBe(true);
    expect(spellsShortest(bytes, 0, bytes.length, 0.3)).toBe(false);
  });
});
