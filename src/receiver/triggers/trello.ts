import { verifyTrello } from '../../core/verify/trello.js';
import type { Trigger } from '../types.js';
import { bodyObject, optString } from './options.js';

/**
 * `trello`: a Trello webhook. The item is the whole body (`action` and `model`), as Actionsflow's
 * trello trigger yields it. The `HEAD` Trello sends when the webhook is created is taken and
 * yields no items (Actionsflow's trigger does not own it and fails the run). Options of ours:
 * `secret` (the app secret) with `callback_url` (the URL exactly as registered), checking
 * `X-Trello-Webhook`.
 */
export const trelloTrigger: Trigger = {
  name: 'trello',
  webhooks(options) {
    return [
      {
        method: 'HEAD',
        handler: () => ({ items: [], reason: 'Trello webhook creation check (HEAD)' }),
      },
      {
        method: 'POST',
        async handler(request) {
          const secret = optString(options, 'secret');
          if (secret) {
            const callbackUrl = optString(options, 'callback_url');
            if (!callbackUrl) return { items: [], reason: 'the secret option needs callback_url (the URL registered with Trello)' };
            if (!(await verifyTrello(secret, callbackUrl, request.rawBody, request.headers['x-trello-webhook']))) {
              return { items: [], reason: 'X-Trello-Webhook does not match secret and callback_url' };
            }
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: 'the body is not a JSON object' };
          return { items: [{ ...body }] };
        },
      },
    ];
  },
};
