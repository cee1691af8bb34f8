/**
 * Meta (WhatsApp Cloud API, Messenger, Instagram) subscription check: a GET with
 * `hub.mode=subscribe`, `hub.challenge` and `hub.verify_token`; the endpoint answers the challenge
 * when the verify token is the one set in the App Dashboard. Answered for hook URLs sealed with
 * `--verify meta` (the verify token is in the sealed claims); a wrong token is a 403.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
 */
import { RelayError } from '../errors.js';
import { timingSafeEqualText } from '../verify/crypto.js';
import { textAnswer, type HandshakeAnswer, type HandshakeRequest } from './types.js';

export function metaChallenge(req: HandshakeRequest): HandshakeAnswer | undefined {
  if (req.verify?.provider !== 'meta' || req.method !== 'GET' || req.query.get('hub.mode') !== 'subscribe') return undefined;
  const challenge = req.query.get('hub.challenge');
  if (challenge === null || challenge.length > 1024) return undefined;
  if (!timingSafeEqualText(req.query.get('hub.verify_token') ?? '', req.verify.verifyToken ?? '')) {
    throw new RelayError(
      403,
      'verify_token_mismatch',
      'hub.verify_token is not the verify token this hook URL was sealed with: set the same value in the App Dashboard, or seal a new URL with --verify-token.',
    );
  }
  return textAnswer('meta', challenge);
}
