import { verifyTypeform } from '../signatures.js';
import type { Trigger } from '../types.js';
import { bodyObject, optString } from './options.js';

/**
 * `typeform`: a form response webhook. The item is `form_response` with `event_id`.
 * Options: `secret` (checks `Typeform-Signature: sha256=<base64>`).
 */
export const typeformTrigger: Trigger = {
  name: 'typeform',
  webhooks(options) {
    return [
      {
        method: 'POST',
        handler(request) {
          const secret = optString(options, 'secret');
          if (secret && !verifyTypeform(secret, request.rawBody, request.headers['typeform-signature'])) {
            return { items: [], reason: 'Typeform-Signature does not match the secret' };
          }
          const body = bodyObject(request.body);
          const response = body ? bodyObject(body.form_response) : undefined;
          if (!body || !response) return { items: [], reason: 'the body has no form_response' };
          return { items: [{ ...response, event_id: body.event_id }] };
        },
      },
    ];
  },
};
