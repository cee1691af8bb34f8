import { verifyTrello } from '../signatures.js';
import type { Trigger } from '../types.js';
import { bodyObject, optString } from './options.js';

/**
 * `trello`: a Trello webhook. The item is the `action` with the watched `model`. The `HEAD`
 * that Trello sends when the webhook is created yields no items. Options: `secret` (the app
 * secret) with `callback_url` (the URL exactly as registered), checking `X-Trello-Webhook`.
 */
export const trelloTrigger: Trigger = {
  name: 'trello',
  webhooks(options) {
    return [
      {
        handler(request) {
          if (request.method === 'head') return { items: [], reason: 'Trello webhook creation check (HEAD)' };
          const secret = optString(options, 'secret');
          if (secret) {
            const callbackUrl = optString(options, 'callback_url');
            if (!callbackUrl) return { items: [], reason: 'the secret option needs callback_url (the URL registered with Trello)' };
            if (!verifyTrello(secret, callbackUrl, request.rawBody, request.headers['x-trello-webhook'])) {
              return { items: [], reason: 'X-Trello-Webhook does not match secret and callback_url' };
            }
          }
          const body = bodyObject(request.body);
          const action = body ? bodyObject(body.action) : undefined;
          if (!body || !action) return { items: [], reason: 'the body has no action' };
          return { items: [{ ...action, model: body.model }] };
        },
      },
    ];
  },
};
