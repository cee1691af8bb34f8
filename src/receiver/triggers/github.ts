import { verifyGithub } from '../../core/verify/github.js';
import type { Trigger } from '../types.js';
import { bodyObject, jsonObject, optList, optString } from './options.js';

/**
 * `github`: a repository/organization/App webhook. The item is `{ event, delivery, payload }`
 * (`X-GitHub-Event`, `X-GitHub-Delivery`, the parsed payload; form-encoded hooks too).
 * Options: `secret` (checks `X-Hub-Signature-256`), `events` (event names to keep; `*` = all).
 */
export const githubTrigger: Trigger = {
  name: 'github',
  webhooks(options) {
    return [
      {
        method: 'POST',
        async handler(request) {
          const secret = optString(options, 'secret');
          if (secret && !(await verifyGithub(secret, request.rawBody, request.headers['x-hub-signature-256']))) {
            return { items: [], reason: 'X-Hub-Signature-256 does not match the secret' };
          }
          const event = request.headers['x-github-event'] ?? '';
          const events = optList(options, 'events');
          if (events.length > 0 && !events.includes('*') && !events.includes(event)) {
            return { items: [], reason: `GitHub event "${event}" is not one of events: ${events.join(', ')}` };
          }
          let payload = bodyObject(request.body);
          // Hooks with content type application/x-www-form-urlencoded send `payload=<json>`.
          if (payload && typeof payload.payload === 'string' && request.headers['content-type']?.includes('form')) {
            payload = jsonObject(payload.payload);
          }
          if (!payload) return { items: [], reason: 'the body is not a GitHub webhook payload' };
          return { items: [{ event, delivery: request.headers['x-github-delivery'] ?? request.id, payload }] };
        },
      },
    ];
  },
};
