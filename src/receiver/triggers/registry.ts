import type { Trigger } from '../types.js';
import { awsSnsTrigger } from './aws-sns.js';
import { githubTrigger } from './github.js';
import { googleFormTrigger } from './google-form.js';
import { slackTrigger } from './slack.js';
import { telegramBotTrigger } from './telegram-bot.js';
import { trelloTrigger } from './trello.js';
import { typeformTrigger } from './typeform.js';
import { webhookTrigger } from './webhook.js';

/**
 * The built-in triggers by their `on:` key. A Map, because the key comes from the request path:
 * a plain object would answer `constructor` or `__proto__` with Object's own members.
 */
export const builtinTriggers: ReadonlyMap<string, Trigger> = new Map(
  [webhookTrigger, telegramBotTrigger, slackTrigger, githubTrigger, typeformTrigger, trelloTrigger, googleFormTrigger, awsSnsTrigger].map((t) => [t.name, t]),
);
