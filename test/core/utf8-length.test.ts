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
});
