import { safeEqualText } from '../signatures.js';
import type { Item, Trigger } from '../types.js';
import { bodyObject, optList, optString } from './options.js';

/** Update kinds that carry a Message. https://core.telegram.org/bots/api#update */
const MESSAGE_KINDS = ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'business_message'];

/**
 * `telegram_bot`: a Bot API webhook update. The item is the message (or channel post, callback
 * query …) with `update_id`. Options: `event` (message types such as `text`, `photo`, or update
 * kinds such as `callback_query`), `secret_token` (checks `X-Telegram-Bot-Api-Secret-Token`,
 * the value given to setWebhook).
 */
export const telegramBotTrigger: Trigger = {
  name: 'telegram_bot',
  webhooks(options) {
    return [
      {
        method: 'POST',
        handler(request) {
          const secret = optString(options, 'secret_token');
          if (secret && !safeEqualText(secret, request.headers['x-telegram-bot-api-secret-token'] ?? '')) {
            return { items: [], reason: 'X-Telegram-Bot-Api-Secret-Token does not match secret_token' };
          }
          const update = bodyObject(request.body);
          if (!update || typeof update.update_id !== 'number') {
            return { items: [], reason: 'the body is not a Telegram update (no update_id)' };
          }
          const kind = Object.keys(update).find((k) => k !== 'update_id' && bodyObject(update[k]));
          const inner = kind ? bodyObject(update[kind]) : undefined;
          if (!kind || !inner) return { items: [], reason: 'the update carries no object' };
          const events = optList(options, 'event');
          if (events.length > 0) {
            const types = MESSAGE_KINDS.includes(kind) ? [kind, ...Object.keys(inner)] : [kind];
            if (!events.some((e) => types.includes(e))) {
              return { items: [], reason: `update ${kind} is not one of event: ${events.join(', ')}` };
            }
          }
          const item: Item = { ...inner, update_id: update.update_id };
          if (!MESSAGE_KINDS.includes(kind)) item.update_type = kind;
          return { items: [item] };
        },
      },
    ];
  },
};
