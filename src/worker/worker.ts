/**
 * The Worker's handlers. `fetch` runs the core app; with a DISPATCH_QUEUE binding, what GitHub
 * could not take now is queued and `queue` delivers it later. A wrong or missing binding answers
 * every request 503 JSON naming it, and hands queued messages back to the queue for later.
 */
import { errorResponse } from '../core/http.js';
import type { Hono } from 'hono';
import { consumeQueueMessage, queueDelaySeconds, type QueueConsumerDeps } from '../core/delivery/queue.js';
import { RelayError } from '../core/errors.js';
import type { Env, QueueBatch } from './env.js';
import type { ExecutionContext, RateLimitBinding, ScheduledController } from './cloudflare.js';
import { parseLaneMessage } from './lane-protocol.js';
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

/**
 * `POST /_/seal` under the Rate Limiting binding: its limit per client address holds across the
 * isolates of a location (the app's own per-isolate limiter still applies).
 */
async function sealLimited(limiter: RateLimitBinding, request: Request, app: Hono, env: Env, ctx: unknown): Promise<Response> {
  const { success } = await limiter.limit({ key: request.headers.get('cf-connecting-ip') ?? 'all' });
  if (!success)
    return errorResponse(
      new RelayError(429, 'rate_limited', 'Too many seal requests from this address; try again in a minute.', undefined, { 'retry-after': '60' }),
      request,
    );
  return app.fetch(request, env, ctx as never);
}

/** The ES-module Worker. */
export const worker = {
  fetch(request: Request, env: Env, ctx: unknown): Response | Promise<Response> {
    const state = stateFor(env);
    if ('error' in state) {
      return errorResponse(new RelayError(503, 'misconfigured', state.error.message), request);
    }
    if (env.SEAL_RATE_LIMIT && request.method === 'POST' && new URL(request.url).pathname === '/_/seal')
      return sealLimited(env.SEAL_RATE_LIMIT, request, state.app, env, ctx);
    return state.app.fetch(request, env, ctx as never);
  },

  /**
   * The Cron Trigger (lane mode): ended deliveries past W2G_RETENTION_DAYS are purged, and lanes
   * whose due work nobody took are woken. Without a delivery log there is nothing to do.
   */
  async scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const state = stateFor(env);
    if ('error' in state || !state.lane) return;
    const lane = state.lane;
    ctx.waitUntil(
      lane
        .sweep(Date.now())
        .catch((err: unknown) =>
          consoleLogger.error({ err: err instanceof Error ? err.message : String(err) }, 'sweep failed; the next Cron Trigger tries again'),
        ),
    );
  },

  async queue(batch: QueueBatch, env: Env): Promise<void> {
    const state = stateFor(env);
    let deps: QueueConsumerDeps;
    try {
      if ('error' in state) throw state.error;
      deps = state.consumer();
    } catch (err) {
      // Keep the messages, slowly: each hand-back uses one of the queue's retries.
      consoleLogger.error(
        { err: err instanceof Error ? err.message : String(err), messages: batch.messages.length },
        'the Worker is misconfigured; queued deliveries wait',
      );
      for (const msg of batch.messages) msg.retry({ delaySeconds: MISCONFIGURED_RETRY_SECONDS });
      return;
    }
    const lane = state.lane;
    await Promise.all(
      batch.messages.map(async (msg) => {
        try {
          // Lane mode: the message says a delivery in D1 is due; its credential's lane takes it from here.
          const wake = lane && parseLaneMessage(msg.body);
          if (lane && wake) {
            const { due } = await lane.wake(wake);
            if (due === undefined) msg.ack();
            else msg.retry({ delaySeconds: queueDelaySeconds(due, Date.now()) });
            return;
          }
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
