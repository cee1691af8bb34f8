/**
 * GitLab: `X-Gitlab-Token` is the secret token set on the webhook, sent in clear; nothing is
 * signed. Compared in constant time, then removed from the envelope (it is the secret itself).
 * https://docs.gitlab.com/user/project/integrations/webhooks/#create-a-webhook
 */
import { timingSafeEqualText } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

export const gitlab: Provider = {
  name: 'gitlab',
  title: 'GitLab',
  secretIs: "the webhook's secret token",
  secretHeaders: ['x-gitlab-token'],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const token = req.headers.get('x-gitlab-token');
    if (token === null) return fail('no X-Gitlab-Token header');
    return timingSafeEqualText(token, secret) ? PASS : fail('X-Gitlab-Token does not match');
  },
};
