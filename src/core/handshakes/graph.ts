/**
 * Microsoft Graph subscription validation: a POST to the notification URL with
 * `?validationToken=…` (and an empty body); the endpoint answers 200 with the decoded token as
 * plain text within ten seconds. Answered for hook URLs not sealed for another provider.
 * https://learn.microsoft.com/graph/change-notifications-delivery-webhooks#notificationurl-validation
 */
import { textAnswer, type HandshakeAnswer, type HandshakeRequest } from './types.js';

export function graphValidation(req: HandshakeRequest): HandshakeAnswer | undefined {
  if (req.method !== 'POST' || req.verify !== undefined) return undefined;
  const token = req.query.get('validationToken');
  return token !== null && token.length <= 4096 ? textAnswer('microsoft-graph', token) : undefined;
}
