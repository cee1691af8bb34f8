import { checkSlack, safeEqualText } from '../signatures.js';
import type { HandlerResult, Item, Trigger } from '../types.js';
import { MAX_JSON_DEPTH, parseJson } from '../json.js';
import { bodyObject, optList, optString } from './options.js';

function fromEventsApi(body: Record<string, unknown>, events: string[]): HandlerResult {
  if (body.type === 'url_verification') {
    const challenge = typeof body.challenge === 'string' ? body.challenge : '';
    return {
      items: [],
      reason: 'Slack url_verification handshake: no items (the endpoint Slack calls must echo the challenge)',
      // The relay answers this handshake at the edge with the same type.
      response: { status: 200, contentType: 'text/plain; charset=UTF-8', body: challenge },
    };
  }
  const event = bodyObject(body.event);
  if (body.type !== 'event_callback' || !event) return { items: [], reason: `Slack ${String(body.type)} carries no event` };
  if (events.length > 0 && !events.includes(String(event.type))) {
    return { items: [], reason: `event type ${String(event.type)} is not one of events: ${events.join(', ')}` };
  }
  const item: Item = { ...event, event_id: body.event_id, event_time: body.event_time, team_id: body.team_id };
  return { items: [item] };
}

/**
 * `slack`: Events API (`event_callback` → the event with `event_id`, `event_time`, `team_id`;
 * `url_verification` → no items), outgoing webhooks and slash commands (the form fields), and
 * interactivity (the parsed `payload`). Options: `signing_secret` (checks `X-Slack-Signature`
 * within 5 minutes of when the relay received the request), `token` (legacy verification
 * token of outgoing webhooks), `events` (event types to keep).
 */
export const slackTrigger: Trigger = {
  name: 'slack',
  webhooks(options) {
    return [
      {
        method: 'POST',
        handler(request, context) {
          const secret = optString(options, 'signing_secret');
          if (secret) {
            const h = request.headers;
            const why = checkSlack(secret, request.rawBody, h['x-slack-signature'], h['x-slack-request-timestamp'], context.now);
            if (why) return { items: [], reason: why };
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: 'the body is not a Slack JSON or form payload' };
          const token = optString(options, 'token');
          if (token && !safeEqualText(token, typeof body.token === 'string' ? body.token : '')) {
            return { items: [], reason: 'the token field does not match the token option' };
          }
          if (typeof body.type === 'string' && request.headers['content-type']?.includes('json')) {
            return fromEventsApi(body, optList(options, 'events'));
          }
          if (typeof body.payload === 'string') {
            const parsed = parseJson(body.payload);
            if (!parsed.ok) {
              const why = parsed.reason === 'too-deep' ? `nested more than ${MAX_JSON_DEPTH} levels deep` : 'not JSON';
              return { items: [], reason: `the payload field is ${why}` };
            }
            const payload = bodyObject(parsed.value);
            if (payload) return { items: [payload] };
          }
          return { items: [{ ...body }] };
        },
      },
    ];
  },
};
