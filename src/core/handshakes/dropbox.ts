/**
 * Dropbox endpoint check: a GET with `?challenge=…`, answered with the challenge as plain text
 * (`X-Content-Type-Options: nosniff`) within ten seconds. Answered for hook URLs sealed for
 * Dropbox, or for none when the query is nothing but the challenge.
 * https://www.dropbox.com/developers/reference/webhooks#documentation
 */
import { forProviderOrNone, textAnswer, type HandshakeAnswer, type HandshakeRequest } from './types.js';

export function dropboxChallenge(req: HandshakeRequest): HandshakeAnswer | undefined {
  if (req.method !== 'GET' || !forProviderOrNone(req, 'dropbox') || req.bodyText) return undefined;
  const challenge = req.query.get('challenge');
  let params = 0;
  req.query.forEach(() => params++);
  const only = params === 1;
  return challenge !== null && only && challenge.length <= 1024 ? textAnswer('dropbox', challenge) : undefined;
}
