/**
 * The dashboard's pages and fragments, behind its login: the list (with search by id), one
 * delivery, replay, and the hook-URL builder. Replays go through the same `replayJob` as the admin
 * API; sealing through the same `sealHookUrl` as `POST /_/seal`.
 */
import type { Context, Hono } from 'hono';
import { RelayError } from '../errors.js';
import type { DeliveryJob, SubmitOutcome } from '../delivery/deliverer.js';
import { replayJob } from '../delivery/replay.js';
import type { DeliveryStore } from '../delivery/store.js';
import { appCredential } from '../github/app-auth.js';
import type { Clock, Logger } from '../ports.js';
import { authorizationOf } from '../relay/token.js';
import { claimsView } from '../hook-url.js';
import type { SealedClaims } from '../seal.js';
import type { SealRequest } from '../hook-url.js';
import { Chart } from './chart.js';
import type { FormReader, SessionVars } from './dashboard.js';
import { DetailPage, Timeline } from './detail-page.js';
import { HookUrlPage, type HookUrlForm } from './hook-url-page.js';
import { documentOf } from './layout.js';
import { ListPage, Row } from './list-page.js';
import { findDeliveries, matchesFilter, parseFilter, perMinute } from './query.js';
import { curlOf, requestViewOf } from './request-view.js';

/** Sealing for the URL builder: the seal API's own function, bound to the relay's keys. */
export interface SealPort {
  seal(input: SealRequest, base: string): Promise<{ url: string; token: string; claims: SealedClaims }>;
}

/** What the pages need. */
export interface PageOptions {
  store?: DeliveryStore | undefined;
  submitReplay?: ((job: DeliveryJob) => Promise<SubmitOutcome>) | undefined;
  seal?: SealPort | undefined;
  hasApp: boolean;
  publicUrl?: string | undefined;
  clock: Clock;
  logger: Logger;
  newId: () => string;
  readForm: FormReader;
}

/** Deliveries per list page. */
const PAGE_SIZE = 50;

type Env = { Variables: { session: SessionVars } };

const html = (c: Context<Env>, el: unknown, status = 200) => c.html(documentOf(el), status as 200);

/** The outcome of a replay in words, for the notice on the new delivery's page. */
function replayNotice(outcome: SubmitOutcome): string {
  if (outcome.kind === 'queued') return 'Replayed: stored, and GitHub will be tried in the background.';
  if (outcome.kind === 'duplicate') return 'Replayed: a repeat of a delivery already stored.';
  const r = outcome.result;
  if (r.kind === 'delivered') return `Replayed: GitHub took it (HTTP ${r.response.status}).`;
  if (r.kind === 'failed') return `Replayed, but GitHub refused it (HTTP ${r.response.status}); see the attempt below.`;
  return 'Replayed: GitHub could not take it now; it will be retried.';
}

/** Registers the pages on the dashboard app. */
export function registerPages(app: Hono<Env>, opts: PageOptions): void {
  const { store, clock } = opts;
  const base = (c: Context) => opts.publicUrl ?? new URL(c.req.url).origin;
  const ctxOf = (c: Context<Env>, current?: 'deliveries' | 'hook-url') => ({ csrf: c.get('session').csrf, current });
  const notices = new Map<string, { text: string; until: number }>();

  app.get('/_/', async (c) => {
    const id = c.req.query('id')?.trim();
    if (id) {
      if (store && (await store.get(id))) return c.redirect(`/_/d/${encodeURIComponent(id)}`, 303);
    }
    const { filter, problems } = parseFilter((n) => c.req.query(n), clock.now());
    const found = store && problems.length === 0 ? await findDeliveries(store, filter, PAGE_SIZE) : { rows: [], next: null, capped: false };
    const counts = store ? await perMinute(store, clock.now()) : undefined;
    let nextHref: string | undefined;
    if (found.next !== null) {
      const q = new URLSearchParams(new URL(c.req.url).search);
      q.set('cursor', found.next);
      nextHref = `/_/?${q.toString()}`;
    }
    const notice = id ? `No delivery ${id}: check the id (deliveries are purged after the retention period).` : undefined;
    return html(
      c,
      <ListPage
        ctx={ctxOf(c, 'deliveries')}
        filter={filter}
        rows={found.rows}
        capped={found.capped}
        counts={counts}
        problems={problems}
        notice={notice}
        hasStore={store !== undefined}
        nextHref={nextHref}
      />,
      problems.length > 0 ? 400 : id ? 404 : 200,
    );
  });

  app.get('/_/fragment/row/:id', async (c) => {
    const d = store && (await store.get(c.req.param('id')));
    const { filter, problems } = parseFilter((n) => c.req.query(n), clock.now());
    if (!d || problems.length > 0 || !matchesFilter(d, filter)) return c.body(null, 204);
    return c.html(String(<Row d={d} />));
  });

  app.get('/_/fragment/chart', async (c) => {
    if (!store) return c.body(null, 204);
    return c.html(String(<Chart counts={await perMinute(store, clock.now())} />));
  });

  app.get('/_/fragment/timeline/:id', async (c) => {
    const d = store && (await store.get(c.req.param('id')));
    if (!d || !store) return c.body(null, 204);
    return c.html(String(<Timeline d={d} attempts={await store.attemptsOf?.(d.id)} />));
  });

  app.get('/_/d/:id', async (c) => {
    const id = c.req.param('id');
    const d = store && (await store.get(id));
    if (!d || !store) throw new RelayError(404, 'unknown_delivery', `No delivery ${id} (it may have been purged after the retention period).`);
    const view = await requestViewOf(d);
    const note = notices.get(id);
    if (note) notices.delete(id);
    const error = c.req.query('error');
    return html(
      c,
      <DetailPage
        ctx={ctxOf(c)}
        d={d}
        attempts={await store.attemptsOf?.(id)}
        view={view}
        curl={curlOf(view, base(c), d.owner, d.repo)}
        hasApp={opts.hasApp}
        canReplay={opts.submitReplay !== undefined}
        notice={note && note.until > clock.now() ? note.text : undefined}
        error={error === 'token' ? 'Give a GitHub token to replay with (or choose the App).' : undefined}
      />,
    );
  });

  app.post('/_/d/:id/replay', async (c) => {
    const id = c.req.param('id');
    const original = store && (await store.get(id));
    if (!original || !store) throw new RelayError(404, 'unknown_delivery', `No delivery ${id} (it may have been purged after the retention period).`);
    if (!opts.submitReplay) throw new RelayError(400, 'replay_unavailable', 'This relay cannot replay: it has no durable delivery.');
    const form = await opts.readForm(c);
    let authorization: string;
    if (form.get('credential') === 'app') {
      if (!opts.hasApp) throw new RelayError(400, 'app_not_configured', 'This relay has no GitHub App: replay with a GitHub token.');
      authorization = appCredential(original.owner, original.repo);
    } else {
      const token = (form.get('token') ?? '').trim();
      if (token === '') return c.redirect(`/_/d/${encodeURIComponent(id)}?error=token`, 303);
      if (token.length > 4096 || !/^[\x21-\x7e]+(?: [\x21-\x7e]+)?$/.test(token)) {
        throw new RelayError(400, 'invalid_token', 'The GitHub token must be printable ASCII, as GitHub issued it.');
      }
      authorization = authorizationOf(token);
    }
    const job = replayJob(original, { id: opts.newId(), authorization, now: clock.now(), blobBytes: await store.readBlob(original.id) });
    const outcome = await opts.submitReplay(job);
    const newId = outcome.kind === 'duplicate' ? outcome.id : job.id;
    notices.set(newId, { text: replayNotice(outcome), until: clock.now() + 60_000 });
    if (notices.size > 100) notices.delete(notices.keys().next().value as string);
    opts.logger.info({ id: newId, replay_of: id, via: 'dashboard' }, 'replay');
    return c.redirect(`/_/d/${encodeURIComponent(newId)}`, 303);
  });

  const emptyForm: HookUrlForm = { repo: '', path: '', eventType: '', expires: '90d', credential: 'token', verify: '', topicArn: '' };
  app.get('/_/hook-url', (c) => html(c, <HookUrlPage ctx={ctxOf(c, 'hook-url')} enabled={opts.seal !== undefined} hasApp={opts.hasApp} form={emptyForm} />));
  app.post('/_/hook-url', async (c) => {
    const f = await opts.readForm(c);
    const form: HookUrlForm = {
      repo: (f.get('repo') ?? '').trim(),
      path: (f.get('path') ?? '').trim(),
      eventType: (f.get('event_type') ?? '').trim(),
      expires: (f.get('expires') ?? '').trim(),
      credential: f.get('credential') === 'app' ? 'app' : 'token',
      verify: (f.get('verify') ?? '').trim(),
      topicArn: (f.get('topic_arn') ?? '').trim(),
    };
    const page = (extra: { error?: string; result?: { url: string; claims: Record<string, unknown>; curl: string } }, status = 200) =>
      html(c, <HookUrlPage ctx={ctxOf(c, 'hook-url')} enabled={opts.seal !== undefined} hasApp={opts.hasApp} form={form} {...extra} />, status);
    if (!opts.seal) return page({ error: 'Sealed URLs are off on this relay (W2G_SEALING_KEYS is not set).' }, 400);
    try {
      const made = await opts.seal.seal(
        {
          repo: form.repo,
          path: form.path === '' ? undefined : form.path,
          eventType: form.eventType === '' ? undefined : form.eventType,
          expires: form.expires === '' ? undefined : form.expires,
          app: form.credential === 'app',
          token: f.get('token') ?? undefined,
          ...(form.verify !== ''
            ? {
                verify: {
                  provider: form.verify,
                  secret: f.get('verify_secret') ?? undefined,
                  verifyToken: f.get('verify_token') ?? undefined,
                  topicArn: form.topicArn || undefined,
                },
              }
            : {}),
        },
        base(c),
      );
      const curl = `curl -X POST '${made.url.replace(/'/g, `'\\''`)}' \\\n  -H 'content-type: application/json' \\\n  -d '{"hello":"from the hook URL builder"}'`;
      return page({ result: { url: made.url, claims: claimsView(made.claims), curl } }, 201);
    } catch (err) {
      if (!(err instanceof RelayError)) throw err;
      return page({ error: err.message }, err.status);
    }
  });
}
