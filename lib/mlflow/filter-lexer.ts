import { invalid } from './errors';

type TokenKind = 'ident' | 'string' | 'number' | 'op' | 'keyword' | '(' | ')' | ',' | 'end';

export interface Token {
  kind: TokenKind;
  /** The source text, for messages. */
  text: string;
  /** 0-based offset in the source. */
  pos: number;
  /** ident: the dot-separated parts, quotes removed; string: the unescaped value; keyword/op: upper case. */
  parts?: string[];
  value?: string | number;
}

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'IN', 'LIKE', 'ILIKE', 'ASC', 'DESC', 'IS', 'NULL']);
const OPERATORS = ['<=', '>=', '!=', '<>', '==', '=', '<', '>'];
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[A-Za-z0-9_]+/;

export const where = (pos: number) => `at character ${pos + 1}`;

/** A quoted run starting at `start` (the quote); a doubled quote or a backslash escapes the next character. */
function readQuoted(source: string, start: number): { value: string; end: number } {
  const quote = source[start] as string;
  let value = '';
  for (let i = start + 1; i < source.length; i += 1) {
    const c = source[i] as string;
    if (c === '\\' && quote !== '`' && i + 1 < source.length) {
      value += source[(i += 1)];
    } else if (c === quote && source[i + 1] === quote) {
      value += quote;
      i += 1;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else {
      value += c;
    }
  }
  throw invalid(`Unterminated ${quote === '`' ? 'backtick-quoted name' : 'string'} starting ${where(start)}: close it with ${quote}.`);
}

/** `tags.key`, `metrics."val loss"`, `` params.`my.key` ``: a word or quoted part, then `.part` repeatedly. */
function readIdentifier(source: string, start: number): { parts: string[]; end: number } {
  const parts: string[] = [];
  let i = start;
  for (;;) {
    const c = source[i];
    if (c === '`' || (c === '"' && parts.length > 0)) {
      const quoted = readQuoted(source, i);
      parts.push(quoted.value);
      i = quoted.end;
    } else {
      const word = WORD.exec(source.slice(i))?.[0];
      if (!word) throw invalid(`Expected a name after "." ${where(i)}; quote names with special characters in backticks, e.g. tags.\`my-key\`.`);
      parts.push(word);
      i += word.length;
    }
    if (source[i] !== '.') return { parts, end: i };
    i += 1;
  }
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const rest = source.slice(i);
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const start = i;
    const push = (token: Omit<Token, 'pos' | 'text'>, end: number) => {
      tokens.push({ ...token, text: source.slice(start, end), pos: start });
      i = end;
    };
    const number = /[\d.+-]/.test(c) ? NUMBER.exec(rest)?.[0] : undefined;
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (c === '(' || c === ')' || c === ',') push({ kind: c }, i + 1);
    else if (c === "'" || c === '"') {
      const quoted = readQuoted(source, i);
      push({ kind: 'string', value: quoted.value }, quoted.end);
    } else if (number) {
      if (/[A-Za-z_]/.test(source[i + number.length] ?? '') || !Number.isFinite(Number(number))) throw invalid(`Invalid number "${rest.split(/\s/)[0]}" ${where(i)}.`);
      push({ kind: 'number', value: Number(number) }, i + number.length);
    } else if (operator) {
      if (operator === '<>' || operator === '==') throw invalid(`Unknown comparator "${operator}" ${where(i)}; use ${operator === '<>' ? '!=' : '='}.`);
      push({ kind: 'op', value: operator }, i + operator.length);
    } else if (/[A-Za-z_`]/.test(c)) {
      const { parts, end } = readIdentifier(source, i);
      const word = parts.length === 1 && c !== '`' ? (parts[0] as string).toUpperCase() : '';
      push(KEYWORDS.has(word) ? { kind: 'keyword', value: word } : { kind: 'ident', parts }, end);
    } else {
      throw invalid(`Unexpected character "${c}" ${where(i)}; quote values in single quotes and names with special characters in backticks, e.g. tags.\`my-key\` = 'a'.`);
    }
  }
  tokens.push({ kind: 'end', text: 'end of input', pos: source.length });
  return tokens;
}
