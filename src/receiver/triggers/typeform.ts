import { verifyTypeform } from '../../core/verify/typeform.js';
import type { Trigger } from '../types.js';
import { answersMap, typeformValue } from './answers-map.js';
import { bodyObject, optString } from './options.js';

/**
 * `typeform`: a form response webhook. The item is the whole body with `answers_map` (field
 * title → answer) added, as Actionsflow's typeform trigger yields it; a body without
 * `form_response.definition.fields` and `answers` (where Actionsflow throws) is the item as is.
 * Option of ours: `secret` (checks `Typeform-Signature: sha256=<base64>`).
 */
export const typeformTrigger: Trigger = {
  name: 'typeform',
  webhooks(options) {
    return [
      {
        method: 'POST',
        async handler(request) {
          const secret = optString(options, 'secret');
          if (secret && !(await verifyTypeform(secret, request.rawBody, request.headers['typeform-signature']))) {
            return { items: [], reason: 'Typeform-Signature does not match the secret' };
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: 'the body is not a JSON object' };
          const map = answersMap(body, typeformValue);
          return { items: [map ? { ...body, answers_map: map } : { ...body }] };
        },
      },
    ];
  },
};
