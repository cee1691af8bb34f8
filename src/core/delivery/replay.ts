/**
 * A replay: a new delivery of a stored request, with a new `id` and `replay_of` in the envelope,
 * sent with a token given now (the original credential is erased when a delivery ends).
 */
import type { DeliveryJob } from './deliverer.js';
import type { Delivery } from './store.js';

export { authorizationOf } from '../relay/token.js';

/** Builds the job that replays `original` as delivery `id`. */
export function replayJob(original: Delivery, opts: { id: string; authorization: string; now: number }): DeliveryJob {
  const body = JSON.parse(original.bodyJson) as { event_type: string; client_payload: Record<string, unknown> };
  const payload = { ...body.client_payload, id: opts.id, replay_of: original.id };
  return {
    id: opts.id,
    owner: original.owner,
    repo: original.repo,
    eventType: original.eventType,
    bodyJson: JSON.stringify({ event_type: body.event_type, client_payload: payload }),
    authorization: opts.authorization,
    receivedAt: opts.now,
    replayOf: original.id,
  };
}
