/**
 * Sealed tokens: the format round-trips, rotates, expires, and refuses every change — any byte
 * of a token altered, any string at all — with `invalid_token`, never an exception.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromBase64Url,
  importSealingKeys,
  newSealingKey,
  openSealedToken,
  parseSealingKeys,
  sealToken,
  sealingKeyringFrom,
  toBase64Url,
  type SealedClaims,
} from '../../src/core/seal.js';
import { decodeClaims, encodeClaims, newJti } from '../../src/core/seal-claims.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const key = () => new Uint8Array(randomBytes(32));
const claims = (over: Partial<SealedClaims> = {}): SealedClaims => ({
  jti: newJti(),
  iat: Math.floor(NOW / 1000),
  repo: 'octo/bot',
  credential: { kind: 'pat', token: `ghp_${randomBytes(18).toString('hex')}` },
  ...over,
});

describe('sealed token format', () => {
  it('round-trips every claim and has the documented layout', async () => {
    const ring = await importSealingKeys([key()]);
    const c = claims({ exp: Math.floor(NOW / 1000) + 3600, path: '/hooks/stripe', eventType: 'stripe' });
    const token = await sealToken(c, ring);
    expect(token).toMatch(/^w2g_[A-Za-z0-9_-]+$/);
    const bytes = fromBase64Url(token.slice(4))!;
    expect(bytes[0]).toBe(1);
    expect(Buffer.from(bytes.subarray(1, 5)).toString('hex')).toBe(ring.sealingKeyId);
    // version + key id + nonce + claims + tag
    expect(bytes.length).toBe(1 + 4 + 12 + encodeClaims(c).length + 16);
    expect(await openSealedToken(token, ring, NOW)).toEqual({ ok: true, claims: c });
  });

  it('seals an App credential without any secret inside', async () => {
    const ring = await importSealingKeys([key()]);
    const c = claims({ repo: 'octo/*', credential: { kind: 'app' } });
    const opened = await openSealedToken(await sealToken(c, ring), ring, NOW);
    expect(opened).toEqual({ ok: true, claims: c });
  });

  it('uses a fresh nonce: the same claims seal to different tokens', async () => {
    const ring = await importSealingKeys([key()]);
    const c = claims();
    expect(await sealToken(c, ring)).not.toBe(await sealToken(c, ring));
  });

  it('rotates: the first key seals, every key opens, a retired key does not', async () => {
    const [oldKey, newKey] = [key(), key()];
    const before = await importSealingKeys([oldKey]);
    const oldToken = await sealToken(claims(), before);
    const rotated = await importSealingKeys([newKey, oldKey]);
    const newToken = await sealToken(claims(), rotated);
    expect(fromBase64Url(newToken.slice(4))!.subarray(1, 5)).toEqual(fromBase64Url(newToken.slice(4))!.subarray(1, 5));
    expect(Buffer.from(fromBase64Url(newToken.slice(4))!.subarray(1, 5)).toString('hex')).toBe(rotated.sealingKeyId);
    expect((await openSealedToken(oldToken, rotated, NOW)).ok).toBe(true);
    expect((await openSealedToken(newToken, rotated, NOW)).ok).toBe(true);
    const retired = await importSealingKeys([newKey]);
    expect(await openSealedToken(oldToken, retired, NOW)).toEqual({ ok: false, code: 'invalid_token' });
    expect((await openSealedToken(newToken, retired, NOW)).ok).toBe(true);
  });

  it('expires at exp (injected clock), not a millisecond later or earlier', async () => {
    const ring = await importSealingKeys([key()]);
    const exp = Math.floor(NOW / 1000) + 60;
    const token = await sealToken(claims({ exp }), ring);
    expect((await openSealedToken(token, ring, exp * 1000 - 1)).ok).toBe(true);
    expect(await openSealedToken(token, ring, exp * 1000)).toEqual({ ok: false, code: 'token_expired' });
  });

  it('refuses a token whose every byte position is altered, with invalid_token (property)', async () => {
    const ring = await importSealingKeys([key()]);
    const token = await sealToken(claims({ exp: Math.floor(NOW / 1000) + 3600, path: '/a', eventType: 'e' }), ring);
    const bytes = fromBase64Url(token.slice(4))!;
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const changed = Uint8Array.from(bytes);
        changed[i] = changed[i]! ^ flip;
        expect(await openSealedToken(`w2g_${toBase64Url(changed)}`, ring, NOW), `byte ${i} ^ ${flip}`).toEqual({ ok: false, code: 'invalid_token' });
      }
    }
    // Truncated and extended.
    for (let n = 0; n < bytes.length; n++) {
      expect((await openSealedToken(`w2g_${toBase64Url(bytes.subarray(0, n))}`, ring, NOW)).ok).toBe(false);
    }
    expect((await openSealedToken(`w2g_${toBase64Url(Uint8Array.from([...bytes, 0]))}`, ring, NOW)).ok).toBe(false);
  });

  it('never throws and never opens for arbitrary strings and bytes (property)', async () => {
    const ring = await importSealingKeys([key(), key()]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => `w2g_${toBase64Url(b)}`),
        ),
        async (s) => {
          const r = await openSealedToken(s, ring, NOW);
          expect(r).toEqual({ ok: false, code: 'invalid_token' });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('decodeClaims never throws for any bytes, and only known, complete claims decode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        const c = decodeClaims(b);
        if (c !== undefined) expect(c.repo).toMatch(/\//);
      }),
      { numRuns: 2000 },
    );
    const good = encodeClaims(claims());
    expect(decodeClaims(good)).toBeDefined();
    // A later, non-critical claim is ignored; a later critical one refuses the token.
    expect(decodeClaims(Uint8Array.from([...good, 0x20, 1, 7]))).toBeDefined();
    expect(decodeClaims(Uint8Array.from([...good, 0x81, 1, 7]))).toBeUndefined();
    // A repeated claim refuses it.
    expect(decodeClaims(Uint8Array.from([...good, ...good.subarray(0, 14)]))).toBeUndefined();
  });

  it('is strict base64url: one token, one spelling', () => {
    const b = Uint8Array.from([0xff, 0xee, 0xdd, 0x01]);
    const s = toBase64Url(b);
    expect(fromBase64Url(s)).toEqual(b);
    expect(Buffer.from(b).toString('base64url')).toBe(s);
    expect(fromBase64Url(`${s}=`)).toBeUndefined();
    expect(fromBase64Url(`${s.slice(0, -1)}B`)).toBeUndefined(); // non-zero spare bits
    expect(fromBase64Url('ab+c')).toBeUndefined();
  });
});

describe('sealing keys', () => {
  it('accepts base64 and base64url, with or without padding, and names the bad one', () => {
    const raw = randomBytes(32);
    const list = [raw.toString('base64'), raw.toString('base64url'), raw.toString('base64').replace(/=+$/, '')].join(', ');
    const parsed = parseSealingKeys(list);
    expect('keys' in parsed && parsed.keys.map((k) => Buffer.from(k).equals(raw))).toEqual([true, true, true]);
    const bad = parseSealingKeys(`${raw.toString('base64url')},${randomBytes(16).toString('base64url')}`);
    expect('error' in bad && bad.error).toMatch(/key 2 of 2 is not 32 bytes/);
    expect('error' in bad && bad.error).not.toContain(raw.toString('base64url'));
  });

  it('makes new keys that parse, and refuses a bad setting naming it', async () => {
    const k = newSealingKey();
    expect(k).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await sealingKeyringFrom(k)).size).toBe(1);
    await expect(sealingKeyringFrom('nope')).rejects.toThrow(/W2G_SEALING_KEYS/);
    expect((await sealingKeyringFrom(undefined)).size).toBe(0);
  });

  it('the same key opens what it sealed across independently imported keyrings (stateless)', async () => {
    const k = key();
    const token = await sealToken(claims(), await importSealingKeys([k]));
    expect((await openSealedToken(token, await importSealingKeys([key(), k]), NOW)).ok).toBe(true);
  });
});
