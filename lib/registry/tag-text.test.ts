import { describe, expect, it } from 'vitest';
import { formatTagText, parseTagText } from './tag-text';

describe('tag text', () => {
  it('parses pairs and bare keys across commas and lines', () => {
    expect(parseTagText('domain=retention, pii\n team = growth ,,')).toEqual({ domain: 'retention', pii: '', team: 'growth' });
  });

  it('keeps "=" inside values and round-trips', () => {
    const tags = parseTagText('query=a=b');
    expect(tags).toEqual({ query: 'a=b' });
    expect(parseTagText(formatTagText(tags))).toEqual(tags);
  });
});
