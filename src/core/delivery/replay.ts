/**
 * A replay: a new delivery of a stored request, with a new `id` and `replay_of` in the envelope,
 * sent with a token given now (the original credential is erased when a delivery ends), to the
 * same target. A body that travelled as a git blob keeps its `body_ref`: the blob is stored again
 * first when the original's bytes are still kept (its blob was never stored), else the dispatch
 * refers to the blob the original stored.
 */
import { envelopeOfRequest, withEnvelope } from '../relay/envelope.js';
import type { DeliveryJob } from './deliverer.js';
import type { Delivery } from './store.js';

export { authorizationOf } from '../relay/token.js';

/** Builds the job that replays `original` as delivery `id`; `blobBytes` from `store.readBlob(original.id)`. */
export function replayJob(original: Delivery, opts: { id: string; authorization: string; now: number; blobBytes?: Uint8Array | undefined }): DeliveryJob {
  const payload = { ...envelopeOfRequest(original.bodyJson), id: opts.id, replay_of: original.id };
  const blob = original.blob;
  return {
    id: opts.id,
    owner: original.owner,
    repo: original.repo,
    eventType: original.eventType,
    bodyJson: withEnvelope(original.bodyJson, payload),
    authorization: opts.authorization,
    receivedAt: opts.now,
    replayOf: original.id,
    target: original.target,
    ...(blob ? { blob: { ref: { sha: blob.sha, size: blob.size, sha256: blob.sha256 }, bytes: opts.blobBytes } } : {}),
  };
}
