import { checkSlack } from '../../core/verify/slack.js';
import type { Trigger } from '../types.js';
import { bodyObject, optList, optString } from './options.js';

/**
 * `slack`: the body as the item, as Actionsflow's slack trigger yields it: the form fields of an
 * outgoing webhook or slash command (an interactivity `payload` stays the JSON text, read it
 * with `fromJSON`), the whole envelope of an Events API callback. A Slack `url_verification`
 * yields no items (Slack needs the challenge echoed by the endpoint it calls; the relay and
 * `dev` do that). Options of ours: `signing_secret` (checks `X-Slack-Signature` within 5
 * minutes of when the relay received the request), `events` (Events API event types to keep).
 * Actionsflow's trigger has no options: any other key, such as `token`, is ignored.
 */
export const slackTrigger: Trigger = {
  name: 'slack',
  webhooks(options) {
    return [
      {
        method: 'POST',
        async handler(request, context) {
          const secret = optString(options, 'signing_secret');
          if (secret) {
            const h = request.headers;
            const check = await checkSlack(secret, request.rawBody, h['x-slack-signature'], h['x-slack-request-timestamp'], context.now.getTime());
            if (!check.ok) return { items: [], reason: check.reason };
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: 'the body is not a Slack JSON or form payload' };
          if (body.type === 'url_verification') {
            const challenge = typeof body.challenge === 'string' ? body.challenge : '';
            return {
              items: [],
              reason: 'Slack url_verification handshake: no items (the endpoint Slack calls must echo the challenge)',
              // The relay answers this handshake at the edge with the same type.
              response: { status: 200, contentType: 'text/plain; charset=UTF-8', body: challenge },
            };
          }
          const events = optList(options, 'events');
          const event = bodyObject(body.event);
          if (events.length > 0 && event && !events.includes(String(event.type))) {
            return { items: [], reason: `event type ${String(event.type)} is not one of events: ${events.join(', ')}` };
          }
          return { items: [{ ...body }] };
        },
      },
    ];
  },
};
