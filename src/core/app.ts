/**
 * createApp(config, ports) → the Hono app: relay routes, help text, health, admin API mount.
 * Web APIs only: the same app runs on Node (@hono/node-server) and on Workers.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { RelayConfig } from './config.js';
import { createDirectDeliverer } from './delivery/direct-deliverer.js';
import type { Deliverer, SubmitOutcome } from './delivery/deliverer.js';
import { DEFAULT_EVENT_TYPE, GITHUB_LIMITS } from './envelope.js';
import { RelayError, errorBody } from './errors.js';
import { confirmSnsSubscription, isSnsSubscriptionConfirmation } from './handshakes/aws-sns.js';
import { slackChallenge } from './handshakes/slack.js';
import { helpText } from './help.js';
import { systemClock, silentLogger, type Clock, type HttpClient, type Logger } from './ports.js';
import { buildDispatch, envelopeHeaders } from './relay/envelope.js';
import { splitQuery } from './relay/query.js';
import { DELIVERY_HEADER, parseOverrides, respondToOutcome } from './relay/respond.js';
import { parseTarget } from './relay/route.js';
import { chooseToken } from './relay/token.js';
import { utf8OrUndefined } from './relay/bytes.js';

/** What the app needs from its runtime. */
export interface AppPorts {
  http: HttpClient;
  /** Defaults to one direct attempt per request (no queue). */
  deliverer?: Deliverer;
  logger?: Logger;
  clock?: Clock;
  newId?: () => string;
  /** Provider delivery id of a request, for duplicate suppression (durable delivery). */
  dedupeKey?: (owner: string, repo: string, headers: Record<string, string>, bodyText: string | undefined) => string | undefined;
  /** Mounted at `/_/api` when given (the admin API of durable delivery). */
  admin?: Hono;
}

const CORS_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'PATCH'];

/** JSON error answer; the one place a RelayError becomes HTTP. */
export function errorResponse(err: RelayError, url: string, id?: string): Response {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (id !== undefined) headers.set(DELIVERY_HEADER, id);
  return new Response(JSON.stringify(errorBody(err, new URL(url).origin)), { status: err.status, headers });
}

/** Builds the relay app. */
export function createApp(config: RelayConfig, ports: AppPorts): Hono {
  const clock = ports.clock ?? systemClock;
  const logger = ports.logger ?? silentLogger;
  const newId = ports.newId ?? (() => crypto.randomUUID());
  const deliverer = ports.deliverer ?? createDirectDeliverer(config, { http: ports.http, clock });
  const app = new Hono();

  const preflight = cors({ origin: (origin) => origin || null, allowMethods: CORS_METHODS, exposeHeaders: [DELIVERY_HEADER] });
  app.use('*', async (c, next) => {
    // An OPTIONS without Access-Control-Request-Method is no preflight: forward it like any request.
    if (c.req.method !== 'OPTIONS' || c.req.header('access-control-request-method')) return preflight(c, next);
    await next();
    const origin = c.req.header('origin');
    if (origin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', DELIVERY_HEADER);
    }
    c.res.headers.append('Vary', 'Origin');
  });

  app.onError((err, c) => {
    if (err instanceof RelayError) return errorResponse(err, c.req.url);
    logger.error({ err: err instanceof Error ? err.message : String(err) }, 'unexpected error');
    return errorResponse(new RelayError(500, 'internal', 'The relay failed unexpectedly; the webhook was not delivered.'), c.req.url);
  });

  app.get('/', (c) => c.text(helpText(new URL(c.req.url).origin, config.githubApiUrl)));
  app.get('/healthz', async (c) => {
    const h = await deliverer.health();
    return c.json({ ok: h.ok, ...(h.queue ? { queue: h.queue } : {}) }, h.ok ? 200 : 503);
  });
  if (ports.admin) app.route('/_/api', ports.admin);

  const limit = bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: (c) =>
      errorResponse(
        new RelayError(413, 'body_too_large', `The request body is larger than this relay accepts (${config.maxBodyBytes} bytes).`, {
          limit_bytes: config.maxBodyBytes,
        }),
        c.req.url,
      ),
  });
  app.all('*', limit, (c) => relay(c));

  async function relay(c: Context): Promise<Response> {
    const started = clock.now();
    const req = c.req.raw;
    let id: string | undefined;
    let owner = '';
    let repo = '';
    let path = '';
    let githubStatus: number | undefined;
    let status = 500;
    try {
      const target = parseTarget(req.url);
      ({ owner, repo, path } = target);
      const { system, forwarded } = splitQuery(target.rawQuery);
      const overrides = parseOverrides(system);
      const eventType = system.__event_type ?? DEFAULT_EVENT_TYPE;
      // Characters, not UTF-16 units: an emoji counts once.
      const eventTypeLength = [...eventType].length;
      if (eventTypeLength < GITHUB_LIMITS.eventTypeMin || eventTypeLength > GITHUB_LIMITS.eventTypeMax) {
        throw new RelayError(400, 'invalid_event_type', `__event_type must be 1–${GITHUB_LIMITS.eventTypeMax} characters long (GitHub's limit), got ${eventTypeLength}.`);
      }
      const token = chooseToken(system.__token, req.headers);
      const body = req.body ? new Uint8Array(await req.arrayBuffer()) : undefined;
      if (isSnsSubscriptionConfirmation(req.headers)) {
        await confirmSnsSubscription(body ? utf8OrUndefined(body) : undefined, ports.http, config.githubTimeoutMs);
        status = 200;
        return c.json({ success: true });
      }
      const challenge = body && body.length < 4096 ? slackChallenge(req.headers, utf8OrUndefined(body)) : undefined;
      if (challenge !== undefined) {
        status = 200;
        return c.text(challenge);
      }
      id = newId();
      const receivedAt = clock.now();
      const headers = envelopeHeaders(req.headers, token.source === 'authorization');
      const built = await buildDispatch({ id, receivedAt: new Date(receivedAt), method: req.method, path, forwardedQuery: forwarded, headers, body, eventType });
      const dedupeKey = ports.dedupeKey?.(owner, repo, headers, built.envelope.body_encoding === undefined ? built.envelope.body : undefined);
      const outcome: SubmitOutcome = await deliverer.submit({
        id,
        owner,
        repo,
        eventType,
        bodyJson: built.bodyJson,
        authorization: token.authorization,
        receivedAt,
        ...(dedupeKey !== undefined ? { dedupeKey } : {}),
      });
      if (outcome.kind === 'attempted') githubStatus = outcome.result.response?.status;
      const res = respondToOutcome(outcome, overrides, id);
      status = res.status;
      return res;
    } catch (err) {
      if (!(err instanceof RelayError)) throw err;
      status = err.status;
      return errorResponse(err, req.url, id);
    } finally {
      logger.info({ id, repo: owner && repo ? `${owner}/${repo}` : undefined, method: req.method, path, status, github_status: githubStatus, ms: clock.now() - started }, 'request');
    }
  }

  return app;
}
