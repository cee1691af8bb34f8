/**
 * A configuration or input problem the user must fix (a missing secret, an unreadable workflow
 * file, a malformed event). The Action fails the step with its message; everything else that
 * can go wrong with a webhook (bad signature, no route) is a value, not an error.
 */
export class ReceiverError extends Error {
  override name = 'ReceiverError';
}
