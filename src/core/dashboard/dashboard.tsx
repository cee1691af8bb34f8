/**
 * The web dashboard at `/_/`: server-rendered pages (Hono JSX) over the DeliveryStore port, so it
 * runs wherever a store is given (Node's SQLite outbox; a Worker with a delivery log). Log in with
 * the admin token (an HttpOnly, SameSite=Strict session cookie); every form carries a CSRF token;
 * every answer carries a strict Content-Security-Policy (scripts and styles only from
 * `/_/assets/`, nothing inline); requests are rate-limited per client.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { RelayError } from '../errors.js';
import type { DeliveryJob, SubmitOutcome } from '../delivery/deliverer.js';
import type { DeliveryEvents } from '../delivery/events.js';
import type { DeliveryStore } from '../delivery/store.js';
import { silentLogger, systemClock, type Clock, type Logger } from '../ports.js';
import { createRateLimiter } from '../rate-limit.js';
import { ASSETS } from './assets.js';
import { documentOf } from './layout.js';
import { ErrorPage, LoginPage } from './login-page.js';
import { SESSION_COOKIE, SESSION_MS, createSessionKeys } from './session.js';
import { registerPages, type SealPort } from './pages.js';
import { registerEvents } from './sse.js';
import { newDeliveryId } from '../ids.js';

/** What the dashboard needs. */
export interface DashboardOptions {
  adminToken: string;
  /** The delivery log; without it the list is empty and says why (the URL builder still works). */
  store?: DeliveryStore | undefined;
  /** Live updates; without them the event stream polls the store. */
  events?: DeliveryEvents | undefined;
  /** Sends a replay (the relay's deliverer); without it replays are off. */
  submitReplay?: ((job: DeliveryJob) => Promise<SubmitOutcome>) | undefined;
  /** Sealing hook URLs; undefined when the relay has no sealing keys. */
  seal?: SealPort | undefined;
  /** Whether the relay has a GitHub App (replay and URLs as the App). */
  hasApp: boolean;
  /** The relay's public address for URLs shown (else the request's origin). */
  publicUrl?: string | undefined;
  /** The rate-limit key of a request (the client's address); default one shared bucket. */
  clientKey?: ((c: Context) => string) | undefined;
  clock?: Clock;
  logger?: Logger;
  newId?: () => string;
}

/** Login attempts per client: a burst of 10, then 10 a minute. */
export const LOGIN_RATE = { capacity: 10, perMinute: 10 } as const;
/** Any other dashboard or admin request per client: a burst of 300, then 300 a minute. */
export const ADMIN_RATE = { capacity: 300, perMinute: 300 } as const;

/** The Content-Security-Policy of every dashboard answer: nothing inline, nothing from elsewhere. */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Headers on every dashboard answer. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': DASHBOARD_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The session of a request, set by the auth middleware. */
export interface SessionVars {
  nonce: string;
  csrf: string;
}

/** A rate-limit middleware with the given bucket sizes. */
export function rateLimit(
  rate: { capacity: number; perMinute: number },
  clock: Clock,
  clientKey: ((c: Context) => string) | undefined,
  what: string,
): MiddlewareHandler {
  const limiter = createRateLimiter({ ...rate, now: () => clock.now() });
  return async (c, next) => {
    const wait = limiter.take(clientKey?.(c) ?? 'all');
    if (wait > 0)
      throw new RelayError(429, 'rate_limited', `Too many ${what} from this address; try again in ${wait} s.`, undefined, { 'retry-after': String(wait) });
    await next();
  };
}

/** The dashboard; mount it with `app.route('/', createDashboard(...))` (its paths start with `/_/`). */
export function createDashboard(opts: DashboardOptions): Hono<{ Variables: { session: SessionVars } }> {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? silentLogger;
  const keys = createSessionKeys(opts.adminToken);
  const app = new Hono<{ Variables: { session: SessionVars } }>();
  // Behind a TLS-terminating proxy the request says http://: the public URL tells.
  const secure = (c: Context) => new URL(c.req.url).protocol === 'https:' || (opts.publicUrl?.startsWith('https:') ?? false);
  /** Sessions logged out before their expiry (this process or isolate; the cookie is cleared in the browser too). */
  const loggedOut = new Map<string, number>();
  const isLoggedOut = (nonce: string) => {
    const now = clock.now();
    for (const [n, until] of loggedOut) if (until <= now) loggedOut.delete(n);
    return loggedOut.has(nonce);
  };

  app.use('/_/*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (!c.req.path.startsWith('/_/assets/')) c.res.headers.set('cache-control', 'no-store');
  });
  app.onError((err, c) => {
    const e = err instanceof RelayError ? err : new RelayError(500, 'internal', 'The dashboard failed unexpectedly; see the relay log.');
    if (!(err instanceof RelayError)) logger.error({ err: err.message }, 'dashboard error');
    const session = c.get('session') as SessionVars | undefined;
    const res = c.html(documentOf(<ErrorPage status={e.status} message={e.message} loggedIn={session !== undefined} csrf={session?.csrf} />), e.status as 400);
    for (const [name, value] of Object.entries(e.headers ?? {})) res.headers.set(name, value);
    return res;
  });

  app.get('/_', (c) => c.redirect('/_/', 301));
  app.get('/_/assets/:name', (c) => {
    const asset = Object.values(ASSETS).find((a) => a.name === c.req.param('name'));
    if (!asset) throw new RelayError(404, 'not_found', 'No such asset (the page may be from an older release: reload it).');
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' });
  });

  app.get('/_/login', async (c) => {
    if (await keys.verify(getCookie(c, SESSION_COOKIE), clock.now())) return c.redirect('/_/', 303);
    return c.html(documentOf(<LoginPage />));
  });
  app.post('/_/login', rateLimit(LOGIN_RATE, clock, opts.clientKey, 'login attempts'), sameOrigin, async (c) => {
    const form = await readForm(c);
    const token = form.get('token') ?? '';
    if (token === '' || !(await keys.isAdminToken(token))) {
      logger.warn({}, 'dashboard login refused');
      return c.html(documentOf(<LoginPage error="That is not the admin token (W2G_ADMIN_TOKEN)." />), 401);
    }
    setCookie(c, SESSION_COOKIE, await keys.create(clock.now()), {
      path: '/_/',
      httpOnly: true,
      sameSite: 'Strict',
      secure: secure(c),
      maxAge: SESSION_MS / 1000,
    });
    return c.redirect('/_/', 303);
  });

  // Everything below needs a session.
  app.use('/_/*', rateLimit(ADMIN_RATE, clock, opts.clientKey, 'dashboard requests'), async (c, next) => {
    const verified = await keys.verify(getCookie(c, SESSION_COOKIE), clock.now());
    const nonce = verified !== undefined && !isLoggedOut(verified) ? verified : undefined;
    if (nonce === undefined) {
      if (c.req.method === 'GET' && !c.req.path.startsWith('/_/fragment/') && c.req.path !== '/_/events') return c.redirect('/_/login', 303);
      throw new RelayError(401, 'unauthorized', 'Log in first: your session has ended or was never started.');
    }
    c.set('session', { nonce, csrf: await keys.csrf(nonce) });
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const bad = originProblem(c);
      if (bad) throw new RelayError(403, 'cross_site', bad);
      const form = await readForm(c);
      if (!(await keys.checkCsrf(nonce, form.get('_csrf') ?? undefined))) {
        throw new RelayError(403, 'invalid_csrf', 'This form is out of date (or came from another site): reload the page and send it again.');
      }
    }
    await next();
  });

  app.post('/_/logout', (c) => {
    if (loggedOut.size < 10_000) loggedOut.set(c.get('session').nonce, clock.now() + SESSION_MS);
    deleteCookie(c, SESSION_COOKIE, { path: '/_/', secure: secure(c) });
    return c.redirect('/_/login', 303);
  });

  registerEvents(app, { store: opts.store, events: opts.events, clock });
  registerPages(app, { ...opts, clock, logger, newId: opts.newId ?? newDeliveryId, readForm });
  app.all('/_/*', () => {
    throw new RelayError(404, 'not_found', 'There is no such page in the dashboard.');
  });
  return app;
}

/** Why a state-changing request is not from the dashboard's own pages, or undefined. */
function originProblem(c: Context): string | undefined {
  const message = 'Forms of the dashboard can only be sent from its own pages.';
  // Browsers say where a request comes from (Fetch Metadata); older ones send Origin.
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? undefined : message;
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== new URL(c.req.url).origin) return message;
  return undefined;
}

const sameOrigin: MiddlewareHandler = async (c, next) => {
  const bad = originProblem(c);
  if (bad) throw new RelayError(403, 'cross_site', bad);
  await next();
};

/** Largest form body. */
const MAX_FORM = 16 * 1024;

/** The request's urlencoded form, read once per request (bounded). */
async function readForm(c: Context): Promise<URLSearchParams> {
  const cached = (c as unknown as { w2gForm?: URLSearchParams }).w2gForm;
  if (cached) return cached;
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type))
    throw new RelayError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded (as the page does).');
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_FORM) throw new RelayError(413, 'body_too_large', `A form is at most ${MAX_FORM} bytes.`);
  const text = await c.req.text();
  if (text.length > MAX_FORM) throw new RelayError(413, 'body_too_large', `A form is at most ${MAX_FORM} bytes.`);
  const form = new URLSearchParams(text);
  (c as unknown as { w2gForm?: URLSearchParams }).w2gForm = form;
  return form;
}

/** How pages read the form. */
export type FormReader = typeof readForm;
