/**
 * Trello webhook creation: Trello sends a `HEAD` to the callback URL and creates the webhook only
 * when it gets 200. For hook URLs sealed with `--verify trello` the relay answers it itself (the
 * HEAD is not signed, so it is not dispatched); other URLs forward it as before.
 * https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#creating-a-webhook
 */
import type { HandshakeAnswer, HandshakeRequest } from './types.js';

export function trelloHead(req: HandshakeRequest): HandshakeAnswer | undefined {
  return req.method === 'HEAD' && req.verify?.provider === 'trello' ? { handshake: 'trello', status: 200, body: '' } : undefined;
}
