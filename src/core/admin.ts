/**
 * The admin API of durable delivery, mounted at `/_/api`: list and inspect deliveries, replay
 * one. Bearer `W2G_ADMIN_TOKEN`; without a token configured the API does not exist (404).
 * Credentials never appear in its output.
 */
import { Hono, type Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { RelayError } from './errors.js';
import { errorHandler, errorResponse } from './http.js';
import type { DeliveryJob, SubmitOutcome } from './delivery/deliverer.js';
import { authorizationOf, replayJob } from './delivery/replay.js';
import { DELIVERY_STATUSES, type DeliveryStatus, type DeliveryStore } from './delivery/store.js';
import { deliveryView } from './delivery/view.js';
import { silentLogger, systemClock, type Clock, type Logger } from './ports.js';
import { newDeliveryId } from './ids.js';

/** What the admin API needs. */
export interface AdminApiOptions {
  store: DeliveryStore;
  /** Bearer token; undefined disables the API (every path answers 404). */
  adminToken: string | undefined;
  /** Submits a replay job (the relay's deliverer). */
  submitReplay: (job: DeliveryJob) => Promise<SubmitOutcome>;
  newId?: () => string;
  clock?: Clock;
  logger?: Logger;
}

const unknownDelivery = (id: string) => new RelayError(404, 'unknown_delivery', `No delivery ${id} (it may have been purged after the retention period).`);

/** Creates the admin sub-app; mount it with `app.route('/_/api', createAdminApi(...))`. */
export function createAdminApi(opts: AdminApiOptions): Hono {
  const newId = opts.newId ?? newDeliveryId;
  const clock = opts.clock ?? systemClock;
  const api = new Hono();

  api.onError(errorHandler(opts.logger ?? silentLogger));
  if (opts.adminToken === undefined) {
    api.all('*', () => {
      throw new RelayError(404, 'not_found', 'Not found. The admin API is enabled by setting W2G_ADMIN_TOKEN.');
    });
    return api;
  }
  const unauthorized = (c: Context) =>
    errorResponse(
      new RelayError(401, 'unauthorized', 'Send the admin token as `Authorization: Bearer <W2G_ADMIN_TOKEN>`.', undefined, {
        'www-authenticate': 'Bearer realm="webhook2github admin"',
      }),
      c.req.raw,
    );
  // Constant-time comparison (hono hashes both sides before comparing).
  api.use(
    '*',
    bearerAuth({
      token: opts.adminToken,
      noAuthenticationHeader: { message: unauthorized },
      invalidAuthenticationHeader: { message: unauthorized },
      invalidToken: { message: unauthorized },
    }),
  );

  api.get('/deliveries', async (c) => {
    const status = c.req.query('status') || undefined;
    if (status !== undefined && !DELIVERY_STATUSES.includes(status as DeliveryStatus)) {
      throw new RelayError(400, 'invalid_status', `status must be one of ${DELIVERY_STATUSES.join(', ')}.`);
    }
    const limit = c.req.query('limit');
    if (limit !== undefined && !/^\d{1,4}$/.test(limit))
      throw new RelayError(400, 'invalid_limit', 'limit must be a whole number of deliveries, e.g. limit=50.');
    const page = await opts.store.list({
      status: status as DeliveryStatus | undefined,
      repo: c.req.query('repo') || undefined,
      cursor: c.req.query('cursor') || undefined,
      limit: limit === undefined ? undefined : Number(limit),
    });
    return c.json({ deliveries: page.deliveries.map((d) => deliveryView(d)), next: page.next });
  });

  api.get('/deliveries/:id', async (c) => {
    const d = await opts.store.get(c.req.param('id'));
    if (!d) throw unknownDelivery(c.req.param('id'));
    return c.json(deliveryView(d, true));
  });

  api.post('/deliveries/:id/replay', async (c) => {
    const original = await opts.store.get(c.req.param('id'));
    if (!original) throw unknownDelivery(c.req.param('id'));
    const token = c.req.header('x-github-authorization') ?? c.req.query('__token');
    if (!token?.trim()) {
      throw new RelayError(
        400,
        'missing_token',
        'A replay needs a GitHub token (the original one is erased when a delivery ends): send X-Github-Authorization or ?__token=.',
      );
    }
    const job = replayJob(original, {
      id: newId(),
      authorization: authorizationOf(token),
      now: clock.now(),
      blobBytes: await opts.store.readBlob(original.id),
    });
    const outcome = await opts.submitReplay(job);
    return c.json(
      replayAnswer(job, outcome),
      outcome.kind === 'attempted' && outcome.result.kind === 'failed' ? 502 : outcome.kind === 'attempted' ? 200 : 202,
    );
  });

  api.all('*', () => {
    throw new RelayError(404, 'not_found', 'Unknown admin API path. See GET /_/api/deliveries.');
  });
  return api;
}

/** The JSON answer to a replay. */
function replayAnswer(job: DeliveryJob, outcome: SubmitOutcome): Record<string, unknown> {
  const base = { id: job.id, replay_of: job.replayOf };
  switch (outcome.kind) {
    case 'queued':
      return { success: true, ...base, status: 'pending' };
    case 'duplicate':
      return { success: true, ...base, id: outcome.id, status: outcome.pending ? 'pending' : 'duplicate' };
    case 'attempted': {
      const r = outcome.result;
      const githubStatus = r.kind === 'retry' ? r.response?.status : r.response.status;
      return {
        success: r.kind === 'delivered',
        ...base,
        status: r.kind === 'delivered' ? 'delivered' : r.kind === 'failed' ? 'failed' : 'pending',
        github_status: githubStatus ?? null,
      };
    }
  }
}
