/**
 * The provider verification inside sealed claims (issue 12): it round-trips for every provider,
 * tokens without it open as before, and anything a relay could not enforce (an unknown provider, a
 * secret without a provider, a secret the provider cannot have) makes the token invalid rather
 * than a URL that dispatches unverified.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeClaims, encodeClaims, newJti, type SealedClaims } from '../../src/core/seal-claims.js';
import { importSealingKeys, openSealedToken, sealToken } from '../../src/core/seal.js';
import { PROVIDERS } from '../../src/core/verify/providers.js';

const base = (): SealedClaims => ({ jti: newJti(), iat: 1_700_000_000, repo: 'octo/bot', credential: { kind: 'pat', token: 'ghp_abc' } });
const secretFor = (name: string) =>
  name === 'discord'
    ? 'a'.repeat(64)
    : name === 'standard-webhooks'
      ? `whsec_${randomBytes(24).toString('base64')}`
      : name === 'twitch'
        ? 'x'.repeat(20)
        : `s_${randomBytes(8).toString('hex')}`;

/** TLV bytes by hand: tag, one length byte, value. */
const tlv = (...fields: [number, string | Uint8Array][]) =>
  Uint8Array.from(
    fields.flatMap(([tag, v]) => {
      const b = typeof v === 'string' ? Buffer.from(v) : Buffer.from(v);
      return [tag, b.length, ...b];
    }),
  );

describe('verify claims', () => {
  it.each(PROVIDERS.map((p) => [p.name]))('round-trip for %s, sealed and opened', async (name) => {
    const provider = PROVIDERS.find((p) => p.name === name)!;
    const verify = {
      provider: name,
      ...(provider.noSecret ? { topicArn: 'arn:aws:sns:us-east-1:123456789012:t' } : { secret: secretFor(name) }),
      ...(provider.needsVerifyToken ? { verifyToken: 'vt' } : {}),
    };
    const claims = { ...base(), verify };
    expect(decodeClaims(encodeClaims(claims))).toEqual(claims);
    const ring = await importSealingKeys([randomBytes(32)]);
    const opened = await openSealedToken(await sealToken(claims, ring), ring, Date.now());
    expect(opened).toEqual({ ok: true, claims });
  });

  it('a token without verification decodes as before', () => {
    const claims = base();
    expect(decodeClaims(encodeClaims(claims))).toEqual(claims);
  });

  it('refuses what it could not enforce', () => {
    const jti = Buffer.from(randomBytes(12));
    const head: [number, string | Uint8Array][] = [
      [0x01, jti],
      [0x02, Uint8Array.from([1])],
      [0x04, 'octo/bot'],
      [0x07, 'ghp_abc'],
    ];
    expect(decodeClaims(tlv(...head))).toBeDefined();
    expect(decodeClaims(tlv(...head, [0x90, 'github'], [0x91, 's']))).toMatchObject({ verify: { provider: 'github', secret: 's' } });
    expect(decodeClaims(tlv(...head, [0x90, 'myspace'], [0x91, 's']))).toBeUndefined();
    expect(decodeClaims(tlv(...head, [0x91, 's']))).toBeUndefined();
    expect(decodeClaims(tlv(...head, [0x90, 'github']))).toBeUndefined();
    expect(decodeClaims(tlv(...head, [0x90, 'telegram'], [0x91, 'has spaces']))).toBeUndefined();
    expect(decodeClaims(tlv(...head, [0x90, 'meta'], [0x91, 's']))).toBeUndefined();
    expect(decodeClaims(tlv(...head, [0x90, 'github'], [0x91, 's'], [0x93, 'arn:aws:sns:us-east-1:123456789012:t']))).toBeUndefined();
    // A later verification field this release does not know is critical: the token is refused.
    expect(decodeClaims(tlv(...head, [0x90, 'github'], [0x91, 's'], [0x94, 'x']))).toBeUndefined();
    expect(() => encodeClaims({ ...base(), verify: { provider: 'stripe' } })).toThrow(/needs/);
  });
});
