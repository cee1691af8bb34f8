/**
 * createApp(config, ports) → the Hono app: relay routes, help text, health, admin API mount.
 * Web APIs only: the same app runs on Node (@hono/node-server) and on Workers.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { RelayConfig } from './config.js';
import { createDirectDeliverer } from './delivery/direct-deliverer.js';
import { createGitHubClient, type GitHubClient } from './github/client.js';
import type { Deliverer, SubmitOutcome } from './delivery/deliverer.js';
import { RelayError } from './errors.js';
import { DELIVERY_HEADER, asRelayError, corsHeaders, errorHandler, errorResponse } from './http.js';
import { confirmSnsSubscription, isSnsSubscriptionConfirmation } from './handshakes/aws-sns.js';
import { signedHandshake, unsignedHandshake, type HandshakeAnswer } from './handshakes/answer.js';
import { checkAtEdge, signatureMismatch, signedUrl, withoutSecretHeaders } from './verify/edge.js';
import type { CertFetcher } from './verify/types.js';
import type { HmacFn } from './verify/crypto.js';
import { checkRequestSize, defaultLimitsConfig, enforceRate, memoryLimiter, type LimitsConfig, type RequestLimiter } from './limits.js';
import { helpText } from './help.js';
import { systemClock, silentLogger, type Clock, type HttpClient, type Logger } from './ports.js';
import { createByteBudget, type ByteBudget, type Reservation } from './relay/byte-budget.js';
import { blobRequestLength } from './relay/blob.js';
import { WORKFLOW_DISPATCH_EVENT, eventLabelOf, targetOf, type Target } from './relay/target.js';
import { DEFAULT_EVENT_TYPE } from './contract.js';
import { buildDispatch, envelopeHeaders, type BuiltDispatch } from './relay/envelope.js';
import { splitQuery } from './relay/query.js';
import { parseOverrides, respondToOutcome } from './relay/respond.js';
import { readBody } from './relay/body.js';
import { parseTarget } from './relay/route.js';
import { chooseToken } from './relay/token.js';
import { bodyOf } from './relay/bytes.js';
import { resolveCredential, type CredentialRules } from './relay/credential.js';
import { importSealingKeys, type AesGcmOpen } from './seal.js';
import { createSealApi } from './seal-api.js';
import type { DeliveryEvents } from './delivery/events.js';
import type { DeliveryStore } from './delivery/store.js';
import type { RelayMetrics } from './metrics.js';
import { mountOperatorRoutes, observeRequests, type OperatorConfig } from './operator.js';
import { defaultSecurityConfig, githubAppOf, type SecurityConfig } from './security-config.js';
import { newDeliveryId } from './ids.js';

/** What the app needs from its runtime. */
export interface AppPorts {
  http: HttpClient;
  /** Defaults to one direct attempt per request (no queue). */
  deliverer?: Deliverer;
  logger?: Logger;
  clock?: Clock;
  newId?: () => string;
  /** Provider delivery id of a request, for duplicate suppression (durable delivery). */
  dedupeKey?: (headers: Record<string, string>, bodyText: string | undefined) => string | undefined;
  /** Mounted at `/_/api` when given (the admin API of durable delivery). */
  admin?: Hono;
  /** The memory cap on request bodies, when it is shared (Node: with the outbox's blob uploads); else one from the config. */
  budget?: ByteBudget;
  /** The relay's one GitHub client (with its App, when configured); else one is made from the config. */
  github?: GitHubClient;
  /** Revocations kept outside the config (Node: the SQLite list `webhook2github revoke` writes). */
  isRevoked?: (jti: string) => boolean | Promise<boolean>;
  /** The rate-limit key of a request for `POST /_/seal` (the client's address); default: one shared bucket. */
  clientKey?: (c: Context) => string;
  /** The client's address, for the request log (Node: the peer, or X-Forwarded-For through W2G_TRUST_PROXY). */
  clientAddress?: (c: Context) => string | undefined;
  /** The runtime's own AES-GCM for opening sealed tokens (Node: node:crypto); default Web Crypto. */
  aesGcmOpen?: AesGcmOpen;
  /** The delivery log the dashboard at `/_/` shows (with W2G_ADMIN_TOKEN); without it the dashboard has only the URL builder. */
  store?: DeliveryStore;
  /** Delivery events for the dashboard's live pages (else they poll the store). */
  events?: DeliveryEvents;
  /** Served at `/metrics` when given (W2G_METRICS_TOKEN or the admin token). */
  metrics?: RelayMetrics;
  /** Request rate limits per client address and per hook; default: in memory, from the config. */
  limiter?: RequestLimiter;
  /** Loads AWS SNS signing certificates (only ever asked for AWS SNS URLs); default: GET through `http`. */
  fetchCert?: CertFetcher;
  /** The runtime's own HMAC for the signature checks (Node: node:crypto); default Web Crypto. */
  hmac?: HmacFn;
}

/** Settings of createApp: the relay's, plus the credential settings (all optional, with their defaults). */
export type AppConfig = RelayConfig & Partial<SecurityConfig> & OperatorConfig & Partial<LimitsConfig>;

const CORS_METHODS = ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'PATCH'];

/** Adds the CORS headers to answers of routes that build their responses with Hono helpers. */
const corsAfter: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(corsHeaders(c.req.header('origin')))) {
    if (name !== 'vary') c.res.headers.set(name, value);
    else if (!/\borigin\b/i.test(c.res.headers.get('vary') ?? '')) c.res.headers.append(name, value);
  }
};

/** GitHub's `message` from an error body (one line, at most 200 characters), for the log. */
function githubMessage(body: string): string | undefined {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    return typeof message === 'string' ? message.replace(/\s+/g, ' ').slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the relay app. */
export function createApp(appConfig: AppConfig, ports: AppPorts): Hono {
  const config: RelayConfig & SecurityConfig = { ...defaultSecurityConfig, ...appConfig };
  const clock = ports.clock ?? systemClock;
  const logger = ports.logger ?? silentLogger;
  const newId = ports.newId ?? newDeliveryId;
  const github =
    ports.github ?? createGitHubClient({ http: ports.http, clock, apiUrl: config.githubApiUrl, userAgent: config.userAgent, app: githubAppOf(config) });
  const deliverer = ports.deliverer ?? createDirectDeliverer(github, config.githubTimeoutMs);
  const revoked = new Set(config.revokedTokens);
  const rules: CredentialRules = {
    rawTokens: config.rawTokens,
    allowRepos: config.allowRepos,
    keyring: importSealingKeys(config.sealingKeys, ports.aesGcmOpen),
    isRevoked: (jti) => revoked.has(jti) || (ports.isRevoked?.(jti) ?? false),
    hasApp: github.app !== undefined,
    now: () => clock.now(),
    opened: new Map(),
  };
  if (config.rawTokens === 'allow') {
    logger.warn(
      { setting: 'W2G_RAW_TOKENS', value: 'allow' },
      'raw GitHub tokens are accepted in hook URLs: whoever sees such a URL can use its token. Hand out sealed URLs (webhook2github seal) and set W2G_RAW_TOKENS=deny.',
    );
  }
  const budget = ports.budget ?? createByteBudget(config.maxBufferedBytes, config.bufferWaitMs);
  const limits: LimitsConfig = { ...defaultLimitsConfig };
  for (const key of Object.keys(defaultLimitsConfig) as (keyof LimitsConfig)[]) if (appConfig[key] !== undefined) limits[key] = appConfig[key]!;
  const limiter = ports.limiter ?? memoryLimiter(limits, () => clock.now());
  // SNS certificates come only from AWS SNS hosts (verify/aws-sns.ts checks the URL first).
  const fetchCert: CertFetcher =
    ports.fetchCert ??
    (async (url) => {
      const res = await ports.http({ method: 'GET', url, headers: { 'user-agent': config.userAgent }, timeoutMs: config.githubTimeoutMs });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      return res.body;
    });
  const app = new Hono();

  // Preflights only (an OPTIONS without Access-Control-Request-Method is forwarded like any request).
  const preflight = cors({ origin: (origin) => origin || null, allowMethods: CORS_METHODS, exposeHeaders: [DELIVERY_HEADER] });
  app.use('*', (c, next) => (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') ? preflight(c, next) : next()));

  app.onError(errorHandler(logger, config.publicUrl));
  observeRequests(app, { metrics: ports.metrics, clock, clientKey: ports.clientKey });

  // Behind a TLS proxy the request's own URL says http:// and maybe another host: W2G_PUBLIC_URL wins.
  app.get('/', corsAfter, (c) => c.text(helpText(config.publicUrl ?? new URL(c.req.url).origin, config.githubApiUrl)));
  app.get('/healthz', corsAfter, async (c) => {
    const h = await deliverer.health();
    return c.json({ ok: h.ok, ...(h.problem ? { problem: h.problem } : {}), ...(h.queue ? { queue: h.queue } : {}) }, h.ok ? 200 : 503);
  });
  if (ports.admin) {
    app.use('/_/api/*', corsAfter);
    app.route('/_/api', ports.admin);
  }
  if (config.sealingKeys.length > 0) {
    app.use('/_/seal', corsAfter);
    app.route(
      '/_/seal',
      createSealApi({ config, keyring: rules.keyring, github, http: ports.http, clock, logger, ...(ports.clientKey ? { clientKey: ports.clientKey } : {}) }),
    );
  }

  mountOperatorRoutes(app, {
    config,
    deliverer,
    store: ports.store,
    events: ports.events,
    metrics: ports.metrics,
    github,
    keyring: rules.keyring,
    clock,
    logger,
    newId,
    clientKey: ports.clientKey,
  });

  // The relay builds its own CORS headers into each answer (a plain object is the runtimes' fast path).
  app.all('*', (c) => relay(c));

  async function relay(c: Context): Promise<Response> {
    const started = clock.now();
    const req = c.req.raw;
    let id: string | undefined;
    let owner = '';
    let repo = '';
    let path = '';
    let githubStatus: number | undefined;
    /** What the request line adds when it matters: GitHub's reason for a refusal, the delivery a repeat stands for. */
    const note: { github_message?: string; duplicate_of?: string } = {};
    /** What the edge did: a handshake answered, a signature checked. */
    const edge: { handshake?: string; verified?: string } = {};
    let jti: string | undefined;
    let reservation: Reservation | undefined;
    /** A deliverer whose attempt goes on with the body after answering takes over its reservation. */
    let claimed = false;
    const claim = () => {
      claimed = true;
      const held = reservation;
      return () => held?.release();
    };
    let status = 500;
    const corsOut = corsHeaders(req.headers.get('origin'));
    /** A handshake answered here: nothing is dispatched. */
    const answer = (a: HandshakeAnswer): Response => {
      status = a.status;
      edge.handshake = a.handshake;
      return new Response(req.method === 'HEAD' ? null : a.body, {
        status,
        headers: { ...corsOut, ...(a.contentType ? { 'content-type': a.contentType, 'x-content-type-options': 'nosniff' } : {}) },
      });
    };
    try {
      // Before any work: the request's size, then its sender's rate.
      checkRequestSize(req, limits);
      await enforceRate(limiter, 'client', ports.clientAddress?.(c) ?? 'unknown', limits.rateLimitClient);
      const target = parseTarget(req.url);
      ({ owner, repo, path } = target);
      const { system, forwarded } = splitQuery(target.rawQuery);
      const overrides = parseOverrides(system);
      // The query's choice of target; a credential that fixes the target (sealed claims) overrides it.
      const queryTarget = targetOf(system);
      const queryEventType = queryTarget.kind === 'repository_dispatch' ? queryTarget.eventType : DEFAULT_EVENT_TYPE;
      const token = chooseToken(system.__token, req.headers);
      // A run of a workflow is another event than the repository_dispatch a sealed URL may fix.
      const asked = queryTarget.kind === 'workflow_dispatch' ? WORKFLOW_DISPATCH_EVENT : system.__event_type;
      const credential = await resolveCredential(
        token,
        { owner, repo, path, queryEventType: asked, eventType: queryEventType, queryWorkflow: system.__workflow },
        rules,
      ).catch((err: unknown) => {
        if (queryTarget.kind === 'workflow_dispatch' && err instanceof RelayError && err.code === 'event_type_not_allowed') {
          throw new RelayError(
            403,
            'event_type_not_allowed',
            'This hook URL dispatches repository_dispatch events of the one type it was made for; it cannot start a workflow_dispatch run. Remove __workflow, or make a hook URL without a fixed event type.',
          );
        }
        throw err;
      });
      // A sealed URL that fixes a workflow wins over the query; else the query's choice.
      const dispatchTo: Target =
        credential.target ?? (queryTarget.kind === 'repository_dispatch' ? { kind: 'repository_dispatch', eventType: credential.eventType } : queryTarget);
      const eventType = eventLabelOf(dispatchTo);
      jti = credential.jti;
      // Per hook: a sealed URL by its token id (each URL its own budget), a raw token by repository.
      await enforceRate(limiter, 'hook', credential.jti ?? `${owner}/${repo}`.toLowerCase(), limits.rateLimitHook);
      const read = await readBody(req, config.maxBodyBytes, budget);
      reservation = read.reservation;
      let holdBytes = false;
      let built: BuiltDispatch;
      let headers: Record<string, string>;
      let bodyText: string | undefined;
      const receivedAt = clock.now();
      try {
        const body = read.bytes && bodyOf(read.bytes);
        bodyText = body?.text;
        const handshake = { method: req.method, headers: req.headers, query: new URLSearchParams(forwarded ?? ''), bodyText, verify: credential.verify };
        const early = unsignedHandshake(handshake);
        if (early) return answer(early);
        if (credential.verify) {
          const failure = await checkAtEdge(
            credential.verify,
            {
              method: req.method,
              url: signedUrl(req.url, config.publicUrl),
              headers: req.headers,
              body: read.bytes ?? new Uint8Array(0),
              now: receivedAt,
              ...(ports.hmac ? { hmac: ports.hmac } : {}),
            },
            fetchCert,
          );
          if (failure) {
            logger.warn(
              { repo: `${owner}/${repo}`, path, jti, provider: failure.provider, reason: failure.reason, client: ports.clientAddress?.(c) },
              'refused: the request is not signed by the provider this hook URL requires',
            );
            throw signatureMismatch(failure);
          }
          edge.verified = credential.verify.provider;
        }
        if (isSnsSubscriptionConfirmation(req.headers)) {
          await confirmSnsSubscription(bodyText, ports.http, config.githubTimeoutMs);
          status = 200;
          return new Response('{"success":true}', { status, headers: { ...corsOut, 'content-type': 'application/json' } });
        }
        const late = await signedHandshake(handshake);
        if (late) return answer(late);
        id = newId();
        headers = envelopeHeaders(req.headers, token.source === 'authorization');
        if (credential.verify) headers = withoutSecretHeaders(headers, credential.verify.provider);
        built = await buildDispatch({
          id,
          receivedAt: new Date(receivedAt),
          method: req.method,
          path,
          forwardedQuery: forwarded,
          headers,
          body,
          target: dispatchTo,
          ...(credential.verify ? { verified: credential.verify.provider } : {}),
        });
        holdBytes = built.blob !== undefined;
      } finally {
        // The raw bytes are not needed past the envelope (unless they go to a git blob): let the next large body in.
        if (!holdBytes) read.reservation?.release();
      }
      // Storing the blob holds its base64 request besides the body: count that too.
      if (built.blob) await read.reservation?.grow(blobRequestLength(built.blob.bytes.length) - built.blob.bytes.length);
      // The deliverer scopes it by repository and credential (one provider id may reach two repositories).
      const dedupeKey = ports.dedupeKey?.(headers, bodyText);
      const outcome: SubmitOutcome = await deliverer.submit({
        id,
        owner,
        repo,
        eventType,
        bodyJson: built.bodyJson,
        authorization: credential.authorization,
        receivedAt,
        ...(dedupeKey !== undefined ? { dedupeKey } : {}),
        target: dispatchTo,
        ...(built.blob ? { blob: { ref: built.blob.ref, bytes: built.blob.bytes, claim } } : {}),
      });
      if (!claimed) reservation?.release();
      if (outcome.kind === 'attempted') {
        githubStatus = outcome.result.response?.status;
        const message = outcome.result.kind === 'failed' ? githubMessage(outcome.result.response.body) : undefined;
        if (message !== undefined) note.github_message = message;
      }
      if (outcome.kind === 'duplicate') note.duplicate_of = outcome.id;
      const res = respondToOutcome(outcome, overrides, id, corsOut, dispatchTo.kind);
      status = res.status;
      return res;
    } catch (err) {
      if (!(err instanceof RelayError)) logger.error({ id, err: err instanceof Error ? err.message : String(err) }, 'unexpected error');
      const relayError = asRelayError(err);
      status = relayError.status;
      if (relayError.code === 'signature_mismatch') ports.metrics?.verificationFailure(String(relayError.extra?.['provider'] ?? 'unknown'));
      return errorResponse(relayError, req, id, config.publicUrl);
    } finally {
      if (!claimed) reservation?.release();
      logger.info(
        {
          id,
          repo: owner && repo ? `${owner}/${repo}` : undefined,
          method: req.method,
          path,
          status,
          github_status: githubStatus,
          ...note,
          ...edge,
          ...(jti !== undefined ? { jti } : {}),
          client: ports.clientAddress?.(c),
          ms: clock.now() - started,
        },
        'request',
      );
    }
  }

  return app;
}
