import { timingSafeEqualText } from '../../core/verify/crypto.js';
import type { Trigger } from '../types.js';
import { answersMap, googleFormValue } from './answers-map.js';
import { bodyObject, optString } from './options.js';

/**
 * `google_form`: a form submission posted by an Apps Script `onFormSubmit` trigger. With the
 * payload of Actionsflow's script (`form_response` with `definition.fields` and `answers`), the
 * item is the whole body with `answers_map` (field title → response), as Actionsflow yields it;
 * any other JSON object or form (where Actionsflow throws) is the item as is. Google signs
 * nothing, so the option `secret` (ours) checks a shared value the script sends in the
 * `X-Webhook-Secret` header.
 */
export const googleFormTrigger: Trigger = {
  name: 'google_form',
  webhooks(options) {
    return [
      {
        method: 'POST',
        handler(request) {
          const secret = optString(options, 'secret');
          if (secret && !timingSafeEqualText(secret, request.headers['x-webhook-secret'] ?? '')) {
            return { items: [], reason: 'X-Webhook-Secret does not match the secret option' };
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: 'the body is not a JSON object or form' };
          const map = answersMap(body, googleFormValue);
          return { items: [map ? { ...body, answers_map: map } : { ...body }] };
        },
      },
    ];
  },
};
