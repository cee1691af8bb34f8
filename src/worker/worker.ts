/**
 * The Worker's handlers. `fetch` runs the core app; with a DISPATCH_QUEUE binding, what GitHub
 * could not take now is queued and `queue` delivers it later. A wrong or missing binding answers
 * every request 503 JSON naming it, and hands queued messages back to the queue for later.
 */
import { errorResponse } from '../core/http.js';
import { consumeQueueMessage, type QueueConsumerDeps } from '../core/delivery/queue.js';
import { RelayError } from '../core/errors.js';
import type { Env, QueueBatch } from './env.js';
import { consoleLogger } from './logger.js';
import { deprecatedBindings } from './config.js';
import { buildRelayState, type RelayState } from './relay-state.js';

let cached: RelayState | undefined;

function stateFor(env: Env): RelayState {
  if (cached?.env !== env) {
    cached = buildRelayState(env);
    if ('error' in cached) consoleLogger.error({ err: cached.error.message }, 'the Worker is misconfigured');
    for (const warning of deprecatedBindings(env)) consoleLogger.warn({}, warning);
  }
  return cached;
}

/** Delay before a message whose handling threw (a bug, not GitHub trouble) is offered again. */
const UNEXPECTED_RETRY_SECONDS = 60;
/** Delay before messages are offered again while a binding is wrong or missing (time to fix it). */
const MISCONFIGURED_RETRY_SECONDS = 300;

/** The ES-module Worker. */
export const worker = {
  fetch(request: Request, env: Env, ctx: unknown): Response | Promise<Response> {
    const state = stateFor(env);
    if ('error' in state) {
      return errorResponse(new RelayError(503, 'misconfigured', state.error.message), request);
    }
    return state.app.fetch(request, env, ctx as never);
  },

  async queue(batch: QueueBatch, env: Env): Promise<void> {
    const state = stateFor(env);
    let deps: QueueConsumerDeps;
    try {
      if ('error' in state) throw state.error;
      deps = state.consumer();
    } catch (err) {
      // Keep the messages, slowly: each hand-back uses one of the queue's retries.
      consoleLogger.error({ err: err instanceof Error ? err.message : String(err), messages: batch.messages.length }, 'the Worker is misconfigured; queued deliveries wait');
      for (const msg of batch.messages) msg.retry({ delaySeconds: MISCONFIGURED_RETRY_SECONDS });
      return;
    }
    await Promise.all(
      batch.messages.map(async (msg) => {
        try {
          const verdict = await consumeQueueMessage(msg.body, msg.attempts, deps);
          if (verdict.kind === 'ack') msg.ack();
          else msg.retry({ delaySeconds: verdict.delaySeconds });
        } catch (err) {
          consoleLogger.error({ message_id: msg.id, err: err instanceof Error ? err.message : String(err) }, 'unexpected error handling a queued delivery');
          msg.retry({ delaySeconds: UNEXPECTED_RETRY_SECONDS });
        }
      }),
    );
  },
};
