import type { Trigger } from '../types.js';
import { awsSnsTrigger } from './aws-sns.js';
import { githubTrigger } from './github.js';
import { googleFormTrigger } from './google-form.js';
import { slackTrigger } from './slack.js';
import { telegramBotTrigger } from './telegram-bot.js';
import { trelloTrigger } from './trello.js';
import { typeformTrigger } from './typeform.js';
import { webhookTrigger } from './webhook.js';

/** The built-in triggers by their `on:` key. */
export const builtinTriggers: Readonly<Record<string, Trigger>> = Object.fromEntries(
  [webhookTrigger, telegramBotTrigger, slackTrigger, githubTrigger, typeformTrigger, trelloTrigger, googleFormTrigger, awsSnsTrigger].map(
    (t) => [t.name, t],
  ),
);
