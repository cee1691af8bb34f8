/**
 * What travels between the Worker and a credential's lane (a Durable Object), and on the queue
 * in lane mode. The lane is reached by `fetch` (no RPC base class, so the Worker module still
 * imports on Node):
 * - `POST /submit`: one webhook as a DeliveryJob, framed as `u32 length ‖ JSON ‖ body bytes`
 *   (the bytes are those of a body that travels as a git blob, up to the body limit), answered
 *   with the SubmitOutcome as JSON, or `{error: {status, code, message}}`;
 * - `POST /wake`: `{key, id?}`: due work may be waiting (a retry's time came, the sweep found
 *   overdue work), answered `{due?}`: when `id` is still pending and not due yet, when it is.
 * The lane key is the credential's keyed hash (`CredentialBox.paceKey`), never the credential.
 */
import type { DeliveryJob, SubmitOutcome } from '../core/delivery/deliverer.js';

/** Version of a lane-mode queue message (1 and 2 are the queue-only mode's, core/delivery/queue.ts). */
export const LANE_MESSAGE_VERSION = 3;

/**
 * A lane-mode queue message: "delivery `id` of lane `key` is due". The delivery itself (request,
 * sealed credential) is in D1; the message holds no secret.
 */
export interface LaneMessage {
  v: typeof LANE_MESSAGE_VERSION;
  id: string;
  key: string;
}

/** The lane message in `body`, or undefined when it is not one (never throws). */
export function parseLaneMessage(body: unknown): LaneMessage | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const m = body as Record<string, unknown>;
  if (m.v !== LANE_MESSAGE_VERSION || typeof m.id !== 'string' || typeof m.key !== 'string' || m.id === '' || m.key === '') return undefined;
  return { v: LANE_MESSAGE_VERSION, id: m.id, key: m.key };
}

/** A refusal the lane reports instead of an outcome (the Worker rethrows it as a RelayError). */
export interface LaneError {
  status: number;
  code: string;
  message: string;
}

const te = new TextEncoder();
const td = new TextDecoder();

/** Frames a job for `POST /submit`. */
export function encodeJob(job: DeliveryJob, key: string): Uint8Array<ArrayBuffer> {
  const bytes = job.blob?.bytes;
  const head = te.encode(
    JSON.stringify({ key, job: { ...job, ...(job.blob ? { blob: { ref: job.blob.ref } } : {}) }, bytes: bytes === undefined ? undefined : bytes.length }),
  );
  const out = new Uint8Array(4 + head.length + (bytes?.length ?? 0));
  new DataView(out.buffer).setUint32(0, head.length);
  out.set(head, 4);
  if (bytes) out.set(bytes, 4 + head.length);
  return out;
}

/** Reads a framed job; throws on a malformed frame (a bug: only the Worker sends these). */
export function decodeJob(frame: ArrayBuffer): { key: string; job: DeliveryJob } {
  const view = new DataView(frame);
  const headLength = view.getUint32(0);
  const head = JSON.parse(td.decode(new Uint8Array(frame, 4, headLength))) as { key: string; job: DeliveryJob; bytes?: number };
  const job = head.job;
  if (job.blob && head.bytes !== undefined) job.blob = { ref: job.blob.ref, bytes: new Uint8Array(frame, 4 + headLength, head.bytes) };
  return { key: head.key, job };
}

/** The lane's answer to `POST /submit`. */
export type LaneAnswer = SubmitOutcome | { error: LaneError };
