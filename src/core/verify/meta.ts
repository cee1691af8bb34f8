/**
 * Meta (WhatsApp Cloud API, Messenger, Instagram): notifications carry `X-Hub-Signature-256`,
 * HMAC-SHA256 of the raw body keyed with the app secret, as GitHub's. The subscription handshake
 * (a GET with `hub.challenge`) is checked with the verify token instead (handshakes/meta.ts).
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started
 */
import { verifyHubSignature256 } from './github.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

export const meta: Provider = {
  name: 'meta',
  title: 'Meta (WhatsApp, Messenger, Instagram)',
  secretIs: 'the app secret (App settings → Basic), and --verify-token for the subscription handshake',
  needsVerifyToken: true,
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const header = req.headers.get('x-hub-signature-256');
    if (header === null) return fail('no X-Hub-Signature-256 header');
    return (await verifyHubSignature256(secret, req.body, header, req.hmac)) ? PASS : fail('X-Hub-Signature-256 does not match the app secret');
  },
};
