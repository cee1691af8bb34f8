/**
 * The operator's routes of the relay, mounted by createApp: request metrics (a middleware before
 * every route), `GET /metrics` (Prometheus, behind W2G_METRICS_TOKEN or the admin token), the rate
 * limit of the admin API, and the dashboard at `/_/` (when W2G_ADMIN_TOKEN is set).
 */
import type { Context, Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { RelayConfig } from './config.js';
import { ADMIN_RATE, createDashboard, rateLimit } from './dashboard/dashboard.js';
import type { Deliverer } from './delivery/deliverer.js';
import type { DeliveryEvents } from './delivery/events.js';
import type { DeliveryStore } from './delivery/store.js';
import { RelayError } from './errors.js';
import type { GitHubClient } from './github/client.js';
import { errorResponse } from './http.js';
import { routeKindOf, type RelayMetrics } from './metrics.js';
import type { Clock, Logger } from './ports.js';
import { sealHookUrl } from './seal-api.js';
import type { SealingKeyring } from './seal.js';
import type { SecurityConfig } from './security-config.js';

/** Settings of the operator's routes. */
export interface OperatorConfig {
  /** `W2G_METRICS_TOKEN`: a bearer token for `/metrics` only (the admin token works too). */
  metricsToken?: string | undefined;
}

/**
 * Registered before every route: counts and times each answer into `metrics`, and rate-limits the
 * admin API (`/_/api/*`) per client.
 */
export function observeRequests(app: Hono, d: { metrics: RelayMetrics | undefined; clock: Clock; clientKey: ((c: Context) => string) | undefined }): void {
  const { metrics, clock } = d;
  if (metrics) {
    app.use('*', async (c, next) => {
      const started = clock.now();
      await next();
      metrics.request(routeKindOf(c.req.path), c.res.status, (clock.now() - started) / 1000);
    });
  }
  app.use('/_/api/*', rateLimit(ADMIN_RATE, clock, d.clientKey, 'admin API requests'));
}

/** What the routes need from the app. */
export interface OperatorDeps {
  config: RelayConfig & SecurityConfig & OperatorConfig;
  deliverer: Deliverer;
  store: DeliveryStore | undefined;
  events: DeliveryEvents | undefined;
  metrics: RelayMetrics | undefined;
  github: GitHubClient;
  keyring: Promise<SealingKeyring>;
  clock: Clock;
  logger: Logger;
  newId: () => string;
  clientKey: ((c: Context) => string) | undefined;
}

/** Mounts `/metrics`, the admin API's rate limit and the dashboard; call before the relay's catch-all route and after `/_/api` and `/_/seal`. */
export function mountOperatorRoutes(app: Hono, d: OperatorDeps): void {
  const { config, clock } = d;
  const unauthorized = (what: string) => (c: Context) =>
    errorResponse(new RelayError(401, 'unauthorized', what, undefined, { 'www-authenticate': 'Bearer realm="webhook2github metrics"' }), c.req.raw);
  if (d.metrics) {
    const metrics = d.metrics;
    const tokens = [config.metricsToken, config.adminToken].filter((t): t is string => t !== undefined && t !== '');
    if (tokens.length === 0) {
      app.get('/metrics', () => {
        throw new RelayError(
          404,
          'not_found',
          'Metrics are enabled by setting W2G_METRICS_TOKEN (or W2G_ADMIN_TOKEN); scrape with Authorization: Bearer <token>.',
        );
      });
    } else {
      const message = unauthorized('Send Authorization: Bearer <W2G_METRICS_TOKEN> (or the admin token).');
      app.get(
        '/metrics',
        rateLimit(ADMIN_RATE, clock, d.clientKey, 'metrics requests'),
        // Constant-time comparison (hono hashes both sides before comparing).
        bearerAuth({ token: tokens, noAuthenticationHeader: { message }, invalidAuthenticationHeader: { message }, invalidToken: { message } }),
        async (c) => {
          const health = await d.deliverer.health().catch(() => ({ queue: undefined }));
          return c.body(await metrics.render(health.queue), 200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
        },
      );
    }
  }
  if (config.adminToken === undefined) return;
  const github = d.github;
  const seal =
    config.sealingKeys.length > 0
      ? {
          seal: (input: Parameters<typeof sealHookUrl>[0], base: string) =>
            sealHookUrl(
              input,
              { config, keyring: d.keyring, github, clock, logger: d.logger, check: (o, n, a) => github.check(o, n, a, config.githubTimeoutMs) },
              { admin: true, base },
            ),
        }
      : undefined;
  app.route(
    '/',
    createDashboard({
      adminToken: config.adminToken,
      store: d.store,
      events: d.events,
      submitReplay: d.store ? (job) => d.deliverer.submit(job) : undefined,
      seal,
      hasApp: github.app !== undefined,
      publicUrl: config.publicUrl,
      clientKey: d.clientKey,
      clock,
      logger: d.logger,
      newId: d.newId,
    }) as unknown as Hono,
  );
}
