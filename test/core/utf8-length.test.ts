import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/core/relay/bytes.js';

const encoded = (s: string) => new TextEncoder().encode(s).length;

describe('utf8Length', () => {
  it('equals the TextEncoder length for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === encoded(s)),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 64 }), (units) => {
        const s = String.fromCharCode(...units);
        return utf8Length(s) === encoded(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('handles pairs and lone halves at run edges', () => {
    for (const s of ['\ud800', '\udc00', '\ud800\udc00', 'x\ud800y', '\ud800\ud800\udc00', '\udbff', 'é€😀a😀', `${'a'.repeat(70_000)}ü`]) {
      expect(utf8Length(s)).toBe(encoded(s));
    }
  });

  it('counts long strings exactly, a surrogate pair or a lone half at any offset', () => {
    for (const tail of ['😀😀😀', '\ud800x', 'é\udc00😀', '\ud800\ud800\udc00']) {
      for (let k = 16_380; k <= 16_388; k++) {
        for (const s of ['a'.repeat(k) + tail, `${'ü'.repeat(k)}${tail}${'a'.repeat(k)}${tail}`]) expect(utf8Length(s)).toBe(encoded(s));
      }
    }
  });
});
