import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJson, stringifyJson } from '../../src/receiver/json.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('bounded JSON', () => {
  it('accepts exactly MAX_JSON_DEPTH levels and refuses one more, without recursion', () => {
    expect(parseJson(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseJson(nested(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson(`{"a":${nested(100_000)}}`)).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseJson('{not json')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJson('"text"')).toEqual({ ok: true, value: 'text' });
    expect(nestsDeeperThan({ a: [{ b: [] }] }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: [] }] }, 3)).toBe(true);
  });

  it('stringifyJson writes what JSON.stringify writes, and also at depths where it overflows', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const deep = JSON.parse(`{"x":${nested(MAX_JSON_DEPTH)},"v":${JSON.stringify(value)}}`) as unknown;
        expect(stringifyJson(value)).toBe(JSON.stringify(value));
        expect(stringifyJson(deep)).toBe(JSON.stringify(deep));
      }),
      { numRuns: 300 },
    );
    const text = `{"é\\"":[1,"a",null,true,{}],"d":${'{"a":'.repeat(50_000)}[]${'}'.repeat(50_000)}}`;
    expect(() => JSON.stringify(JSON.parse(text))).toThrow(RangeError);
    expect(stringifyJson(JSON.parse(text))).toBe(text);
  });
});
