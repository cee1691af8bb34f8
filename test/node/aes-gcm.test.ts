/**
 * The Node relay opens sealed tokens with node:crypto, Workers with Web Crypto: both must agree on
 * every token, good or altered, and neither may throw.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, importSealingKeys, openSealedToken, sealToken, toBase64Url } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import { nodeAesGcmOpen } from '../../src/node/aes-gcm.js';

describe('node:crypto and Web Crypto open sealed tokens alike', () => {
  it('agree on good tokens and on every single-byte change of one', async () => {
    const key = randomBytes(32);
    const [web, node] = await Promise.all([importSealingKeys([key]), importSealingKeys([key], nodeAesGcmOpen)]);
    const now = Date.now();
    const claims = {
      jti: newJti(),
      iat: Math.floor(now / 1000),
      exp: Math.floor(now / 1000) + 60,
      repo: 'octo/bot',
      path: '/x',
      eventType: 'e',
      credential: { kind: 'pat' as const, token: 'ghp_abc' },
    };
    const byWeb = await sealToken(claims, web);
    expect(await openSealedToken(byWeb, node, now)).toEqual({ ok: true, claims });
    expect(await openSealedToken(byWeb, web, now)).toEqual({ ok: true, claims });
    const bytes = fromBase64Url(byWeb.slice(4))!;
    for (let i = 0; i < bytes.length; i++) {
      const changed = Uint8Array.from(bytes);
      changed[i] = changed[i]! ^ (1 << (i % 8));
      const t = `w2g_${toBase64Url(changed)}`;
      const [a, b] = await Promise.all([openSealedToken(t, web, now), openSealedToken(t, node, now)]);
      expect(b, `byte ${i}`).toEqual(a);
      expect(a.ok).toBe(false);
    }
  });

  it('the node:crypto opener never throws, for any key, nonce, data', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 20 }),
        fc.uint8Array({ maxLength: 8 }),
        fc.uint8Array({ maxLength: 200 }),
        (k, iv, aad, data) => {
          expect(nodeAesGcmOpen(k, iv, aad, data)).toBeUndefined();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
