/**
 * Telegram Bot API: the `secret_token` given to setWebhook comes back unchanged in
 * `X-Telegram-Bot-Api-Secret-Token`; the body is not signed. Compared in constant time, then
 * removed from the envelope (it is the secret itself).
 * https://core.telegram.org/bots/api#setwebhook
 */
import { timingSafeEqualText } from './crypto.js';
import { PASS, fail, type Provider } from './types.js';

/** Whether the header holds the secret token. */
export function verifyTelegram(secret: string, header: string | null | undefined): boolean {
  return typeof header === 'string' && typeof secret === 'string' && timingSafeEqualText(header, secret);
}

export const telegram: Provider = {
  name: 'telegram',
  title: 'Telegram',
  secretIs: 'the secret_token given to setWebhook (1–256 of A-Z a-z 0-9 _ -)',
  secretHeaders: ['x-telegram-bot-api-secret-token'],
  secretProblem: (s) => (/^[A-Za-z0-9_-]{1,256}$/.test(s) ? undefined : 'a Telegram secret_token is 1–256 characters of A-Z, a-z, 0-9, _ and -'),
  async check(req, { secret = '' }) {
    const header = req.headers.get('x-telegram-bot-api-secret-token');
    if (header === null) return fail('no X-Telegram-Bot-Api-Secret-Token header');
    return verifyTelegram(secret, header) ? PASS : fail('X-Telegram-Bot-Api-Secret-Token does not match');
  },
};
