/**
 * The message a Worker puts on its dispatch queue: the job as the relay built it, with the GitHub
 * credential sealed (AES-256-GCM, bound to the delivery id) so the queue never holds it in clear.
 * Queue messages are at most 128 KB; a dispatch body is under 64 KB (GitHub's limit), so it fits.
 * https://developers.cloudflare.com/queues/platform/limits/
 */
import type { DeliveryJob } from './deliverer.js';

/** Version of the message format, so a later relay can read (or refuse) what an older one sent. */
export const QUEUE_MESSAGE_VERSION = 1;

/** One queued delivery (plain JSON: survives the queue's structured clone as is). */
export interface QueueMessage {
  v: typeof QUEUE_MESSAGE_VERSION;
  id: string;
  owner: string;
  repo: string;
  eventType: string;
  /** Serialized `{event_type, client_payload}` exactly as it will be POSTed. */
  bodyJson: string;
  /** Epoch ms when the relay accepted the request; the maximum age counts from here. */
  receivedAt: number;
  /** The `Authorization` value sealed by a CredentialBox for `id` (`v1.<base64>`). */
  credential: string;
  replayOf?: string;
}

/** Builds the message of a job whose credential is already sealed. */
export function toQueueMessage(job: DeliveryJob, credential: string): QueueMessage {
  return {
    v: QUEUE_MESSAGE_VERSION,
    id: job.id,
    owner: job.owner,
    repo: job.repo,
    eventType: job.eventType,
    bodyJson: job.bodyJson,
    receivedAt: job.receivedAt,
    credential,
    ...(job.replayOf !== undefined ? { replayOf: job.replayOf } : {}),
  };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** The message when `body` is a well-formed QueueMessage, else undefined (never throws). */
export function parseQueueMessage(body: unknown): QueueMessage | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const m = body as Record<string, unknown>;
  if (m.v !== QUEUE_MESSAGE_VERSION) return undefined;
  if (!isString(m.id) || !isString(m.owner) || !isString(m.repo) || !isString(m.eventType)) return undefined;
  if (!isString(m.bodyJson) || !isString(m.credential)) return undefined;
  if (typeof m.receivedAt !== 'number' || !Number.isFinite(m.receivedAt)) return undefined;
  if (m.replayOf !== undefined && !isString(m.replayOf)) return undefined;
  return {
    v: QUEUE_MESSAGE_VERSION,
    id: m.id,
    owner: m.owner,
    repo: m.repo,
    eventType: m.eventType,
    bodyJson: m.bodyJson,
    receivedAt: m.receivedAt,
    credential: m.credential,
    ...(m.replayOf !== undefined ? { replayOf: m.replayOf } : {}),
  };
}
