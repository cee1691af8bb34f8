import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSlack, safeEqualText, verifyGithub, verifyTrello, verifyTypeform } from '../../src/receiver/signatures.js';

const body = Buffer.from('{"hello":"wörld"}', 'utf8');
const hex = (k: string, ...m: (string | Buffer)[]) => { const h = createHmac('sha256', k); m.forEach((x) => h.update(x)); return h.digest('hex'); };
const MALFORMED: unknown[] = [undefined, null, 42, {}, [], '', 'sha256=', 'sha256=zz', 'sha256=abc', 'v0=', '=====', 'sha256=%%%', `sha256=${'a'.repeat(10_000)}`];

describe('verifiers', () => {
  it('github: accepts its own signature, rejects others', () => {
    expect(verifyGithub('s', body, `sha256=${hex('s', body)}`)).toBe(true);
    expect(verifyGithub('s', body, `sha256=${hex('t', body)}`)).toBe(false);
    expect(verifyGithub('s', Buffer.from('{"hello":"world"}'), `sha256=${hex('s', body)}`)).toBe(false);
    expect(verifyGithub('', body, `sha256=${hex('', body)}`)).toBe(false);
  });

  it('matches the locally computed vector of the provider reference', () => {
    expect(verifyGithub('test_secret', Buffer.from('{"hello":"world"}'), 'sha256=b7b1e7e190c7aace9efb076f2394f2408bf389ed0398c526b97101ab2c84fed3')).toBe(true);
    expect(verifyTypeform('test_secret', Buffer.from('{"hello":"world"}'), 'sha256=t7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=')).toBe(true);
    expect(verifyTrello('test_secret', 'https://relay.example.com/hooks/trello', Buffer.from('{"hello":"world"}'), 'ROyaO2blBMjfWYcSyKfkZQGDXbc=')).toBe(true);
    const at = new Date(1700000000 * 1000);
    expect(checkSlack('test_secret', Buffer.from('{"hello":"world"}'), 'v0=3f9194a49468d3e83cf85860c062ae6b4a77012cabc1bda8af279244e5bdf3a5', '1700000000', at)).toBeUndefined();
  });

  it('slack: window is 5 minutes either way from the receive time', () => {
    const ts = '1700000000';
    const sig = `v0=${hex('k', `v0:${ts}:`, body)}`;
    expect(checkSlack('k', body, sig, ts, new Date((1700000000 + 299) * 1000))).toBeUndefined();
    expect(checkSlack('k', body, sig, ts, new Date((1700000000 + 301) * 1000))).toMatch(/5 minutes/);
    expect(checkSlack('k', body, sig, ts, new Date((1700000000 - 301) * 1000))).toMatch(/5 minutes/);
    expect(checkSlack('k', body, sig, 'abc', new Date())).toMatch(/malformed/);
  });

  it('never throws on malformed input, returns false', () => {
    for (const bad of MALFORMED) {
      expect(verifyGithub('s', body, bad)).toBe(false);
      expect(verifyTypeform('s', body, bad)).toBe(false);
      expect(verifyTrello('s', 'https://x', body, bad)).toBe(false);
      expect(checkSlack('s', body, bad, '1700000000', new Date(1700000000 * 1000))).toBeTypeOf('string');
      expect(checkSlack('s', body, 'v0=00', bad, new Date())).toBeTypeOf('string');
    }
    expect(safeEqualText('a', 'ab')).toBe(false);
    expect(safeEqualText('', '')).toBe(false);
  });
});
