/**
 * The handshakes the relay answers itself, because a workflow run cannot answer within a
 * provider's few seconds. Nothing is dispatched for them. Unsigned ones (Meta's verify token,
 * Dropbox, Microsoft Graph, Trello's HEAD) are answered before any signature check; signed ones
 * (Slack, Twitch, Zoom, Discord) only after the check of the provider the URL is sealed for. AWS
 * SNS subscriptions are confirmed by the relay (aws-sns.ts), after the check when sealed for SNS.
 */
import { discordPing } from './discord.js';
import { dropboxChallenge } from './dropbox.js';
import { graphValidation } from './graph.js';
import { metaChallenge } from './meta.js';
import { slackChallenge } from './slack.js';
import { trelloHead } from './trello.js';
import { twitchChallenge } from './twitch.js';
import { forProviderOrNone, textAnswer, type HandshakeAnswer, type HandshakeRequest } from './types.js';
import { zoomValidation } from './zoom.js';

export type { HandshakeAnswer, HandshakeRequest } from './types.js';

/** Handshakes the provider does not sign: answered before verification. Throws a RelayError for a wrong verify token. */
export function unsignedHandshake(req: HandshakeRequest): HandshakeAnswer | undefined {
  return metaChallenge(req) ?? dropboxChallenge(req) ?? graphValidation(req) ?? trelloHead(req);
}

/** Handshakes the provider signs: answered once the request passed the URL's check (or has none). */
export async function signedHandshake(req: HandshakeRequest): Promise<HandshakeAnswer | undefined> {
  if (req.method === 'POST' && forProviderOrNone(req, 'slack')) {
    const challenge = slackChallenge(req.headers, req.bodyText);
    if (challenge !== undefined) return textAnswer('slack', challenge);
  }
  return twitchChallenge(req) ?? discordPing(req) ?? (await zoomValidation(req));
}
