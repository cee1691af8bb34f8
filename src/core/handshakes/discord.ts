/**
 * Discord interactions PING (`{"type": 1}`), answered `{"type": 1}` once its Ed25519 signature
 * verified: only for hook URLs sealed with `--verify discord` (Discord also sends badly signed
 * requests when an endpoint is saved, and expects 401 for them).
 * https://discord.com/developers/docs/interactions/receiving-and-responding#receiving-an-interaction
 */
import { smallJson, type HandshakeAnswer, type HandshakeRequest } from './types.js';

export function discordPing(req: HandshakeRequest): HandshakeAnswer | undefined {
  if (req.method !== 'POST' || req.verify?.provider !== 'discord') return undefined;
  return smallJson(req.bodyText, 'type')?.type === 1 ? { handshake: 'discord', status: 200, contentType: 'application/json', body: '{"type":1}' } : undefined;
}
