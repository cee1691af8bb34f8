import { safeEqualText } from '../signatures.js';
import type { Trigger } from '../types.js';
import { bodyObject, optString } from './options.js';

/**
 * `google_form`: a form submission posted by an Apps Script `onFormSubmit` trigger (JSON or
 * form-encoded). The item is the posted object. Google signs nothing, so the option `secret`
 * checks a shared value the script sends in the `X-Webhook-Secret` header.
 */
export const googleFormTrigger: Trigger = {
  name: 'google_form',
  webhooks(options) {
    return [
      {
        method: 'POST',
        handler(request) {
          const secret = optString(options, 'secret');
          if (secret && !safeEqualText(secret, request.headers['x-webhook-secret'] ?? '')) {
            return { items: [], reason: 'X-Webhook-Secret does not match the secret option' };
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: 'the body is not a JSON object or form' };
          return { items: [{ ...body }] };
        },
      },
    ];
  },
};
