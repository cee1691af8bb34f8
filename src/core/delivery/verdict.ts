/**
 * The one verdict on an attempt: what a delivery becomes after GitHub's answer (or its absence).
 * Pure, so the Node outbox and the Workers queue consumer decide exactly alike; each then records
 * the verdict its own way (a row settled in SQLite, a message acked or retried).
 */
import type { DispatchResult } from '../github/classify.js';
import type { HttpResponse } from '../ports.js';
import type { RetryPolicy } from './retry-policy.js';

/** What becomes of a delivery after an attempt. */
export type Verdict =
  /** GitHub took it. */
  | { kind: 'delivered'; response: HttpResponse }
  /** GitHub refused it for good (401, 404, 422 …): retrying would not help. */
  | { kind: 'failed'; response: HttpResponse }
  /** Try again at `at` (epoch ms). */
  | { kind: 'retry'; at: number; reason: RetryReason; message: string; response?: HttpResponse }
  /** Retryable, but the next attempt would pass the maximum age: give up. */
  | { kind: 'dead'; reason: string; response?: HttpResponse };

/** Why an attempt is worth repeating. */
export type RetryReason = Extract<DispatchResult, { kind: 'retry' }>['reason'];

/**
 * Decides the verdict of an attempt.
 * @param attempts attempts made so far, this one included (≥ 1)
 */
export function verdictOf(result: DispatchResult, attempts: number, receivedAt: number, now: number, policy: RetryPolicy): Verdict {
  if (result.kind !== 'retry') return result;
  const decision = policy.next(attempts, result, receivedAt, now);
  const response = result.response ? { response: result.response } : {};
  if (decision.kind === 'dead') return { kind: 'dead', reason: decision.reason, ...response };
  return { kind: 'retry', at: decision.at, reason: result.reason, message: result.message, ...response };
}
