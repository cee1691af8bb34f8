/**
 * Twitch EventSub callback verification: a POST with `Twitch-Eventsub-Message-Type:
 * webhook_callback_verification` and `{"challenge": …}`; the endpoint answers 200 with the raw
 * challenge as plain text. Signed like every message: with `--verify twitch` it is answered only
 * after the signature check.
 * https://dev.twitch.tv/docs/eventsub/handling-webhook-events/#responding-to-a-challenge-request
 */
import { forProviderOrNone, smallJson, textAnswer, type HandshakeAnswer, type HandshakeRequest } from './types.js';

export function twitchChallenge(req: HandshakeRequest): HandshakeAnswer | undefined {
  if (req.method !== 'POST' || !forProviderOrNone(req, 'twitch')) return undefined;
  if (req.headers.get('twitch-eventsub-message-type') !== 'webhook_callback_verification') return undefined;
  const challenge = smallJson(req.bodyText, 'challenge')?.challenge;
  return typeof challenge === 'string' && challenge.length <= 1024 ? textAnswer('twitch', challenge) : undefined;
}
