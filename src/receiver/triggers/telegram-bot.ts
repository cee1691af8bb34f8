import { timingSafeEqualText } from '../../core/verify/crypto.js';
import type { Item, Trigger } from '../types.js';
import { bodyObject, optList, optString } from './options.js';

/**
 * The message types of Actionsflow's `event` option, in its order: a message's type is the first
 * of these it carries, so an animation (which Telegram also sends as a `document`) is an
 * `animation`. Newer types follow, so they never change the type of a message Actionsflow knew.
 * https://core.telegram.org/bots/api#message
 */
const MESSAGE_TYPES = [
  'text',
  'animation',
  'audio',
  'channel_chat_created',
  'contact',
  'delete_chat_photo',
  'dice',
  'document',
  'game',
  'group_chat_created',
  'invoice',
  'left_chat_member',
  'location',
  'migrate_from_chat_id',
  'migrate_to_chat_id',
  'new_chat_members',
  'new_chat_photo',
  'new_chat_title',
  'passport_data',
  'photo',
  'pinned_message',
  'poll',
  'sticker',
  'successful_payment',
  'supergroup_chat_created',
  'video',
  'video_note',
  'voice',
  'story',
  'venue',
  'web_app_data',
  'video_chat_started',
  'video_chat_ended',
  'forum_topic_created',
  'users_shared',
  'chat_shared',
];

/** The update kinds Actionsflow turns into items: the message or channel post, with `update_id`. */
const ACTIONSFLOW_KINDS = ['message', 'channel_post'];

/** The message type Actionsflow gives a message: the first of {@link MESSAGE_TYPES} it carries (truthy). */
export function messageType(message: Record<string, unknown>): string | undefined {
  return MESSAGE_TYPES.find((t) => Object.hasOwn(message, t) && Boolean(message[t]));
}

/**
 * `telegram_bot`: a Bot API webhook update, as Actionsflow's trigger yields it. A `message` or
 * `channel_post` becomes the message with `update_id`; with `event` (one message type or a
 * list), only messages whose type (see {@link messageType}) is listed. Other update kinds
 * (`edited_message`, `callback_query` …), where Actionsflow's trigger crashes, yield nothing
 * unless `event` names the kind; then the item is that object with `update_id` and
 * `update_type`. `secret_token` (ours) checks `X-Telegram-Bot-Api-Secret-Token`, the value given
 * to setWebhook. Actionsflow's `token` and `webhook` options are for its polling mode and are
 * ignored here.
 */
export const telegramBotTrigger: Trigger = {
  name: 'telegram_bot',
  webhooks(options) {
    return [
      {
        method: 'POST',
        handler(request) {
          const secret = optString(options, 'secret_token');
          // A relay that checked the secret token at the edge removed the header and says so in `verified`.
          if (secret && request.verified !== 'telegram' && !timingSafeEqualText(secret, request.headers['x-telegram-bot-api-secret-token'] ?? '')) {
            return { items: [], reason: 'X-Telegram-Bot-Api-Secret-Token does not match secret_token' };
          }
          const update = bodyObject(request.body);
          if (!update || typeof update.update_id !== 'number' || !update.update_id) {
            return { items: [], reason: 'the body is not a Telegram update (no update_id)' };
          }
          const events = optList(options, 'event');
          const kind = ACTIONSFLOW_KINDS.find((k) => bodyObject(update[k]));
          if (kind) {
            const message = bodyObject(update[kind]) as Record<string, unknown>;
            const type = messageType(message);
            if (events.length > 0 && !(type !== undefined && events.includes(type))) {
              return { items: [], reason: `message type ${type ?? '(unknown)'} is not one of event: ${events.join(', ')}` };
            }
            return { items: [{ ...message, update_id: update.update_id }] };
          }
          const other = Object.keys(update).find((k) => k !== 'update_id' && bodyObject(update[k]));
          const inner = other ? bodyObject(update[other]) : undefined;
          if (!other || !inner) return { items: [], reason: 'the update carries no object' };
          if (!events.includes(other)) {
            return {
              items: [],
              reason: `update kind ${other} yields items only when event lists it (Actionsflow handles message and channel_post only)`,
            };
          }
          const item: Item = { ...inner, update_id: update.update_id, update_type: other };
          return { items: [item] };
        },
      },
    ];
  },
};
