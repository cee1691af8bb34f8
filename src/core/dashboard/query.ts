/**
 * The list page's filters (repository, status, provider, time range) over any DeliveryStore: the
 * store filters by status and repository; provider and time are checked here while paging, newest
 * first, with a bound on how many deliveries one page may look at.
 */
import { DELIVERY_STATUSES, type Delivery, type DeliveryStatus, type DeliveryStore } from '../delivery/store.js';
import { PROVIDERS, providerOf } from '../delivery/provider.js';
import { envelopeOfRequest } from '../relay/envelope.js';
import { isRepoPattern } from '../relay/repo-pattern.js';

/** What the list shows. */
export interface ListFilter {
  repo?: string | undefined;
  status?: DeliveryStatus | undefined;
  provider?: string | undefined;
  /** Received at or after (epoch ms). */
  from?: number | undefined;
  /** Received before (epoch ms). */
  to?: number | undefined;
  /** `range` as given (15m, 1h …), to show it selected again. */
  range?: string | undefined;
  cursor?: string | undefined;
}

/** Quick time ranges. */
export const RANGES: Readonly<Record<string, number>> = { '15m': 15 * 60_000, '1h': 3_600_000, '6h': 6 * 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000 };

/** Most deliveries one list page looks at when provider or time filters skip many. */
export const MAX_SCAN = 5000;

/** A `datetime-local` value or ISO time, read as UTC when it has no zone. */
function timeOf(text: string): number | undefined {
  const t = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Reads the filter from query parameters; `problems` says what to change for each bad one. */
export function parseFilter(param: (name: string) => string | undefined, now: number): { filter: ListFilter; problems: string[] } {
  const problems: string[] = [];
  const filter: ListFilter = {};
  const get = (name: string) => {
    const v = param(name)?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const repo = get('repo');
  if (repo !== undefined) {
    if (isRepoPattern(repo) && !repo.endsWith('/*')) filter.repo = repo;
    else problems.push('Repository must be owner/name, e.g. octo/bot.');
  }
  const status = get('status');
  if (status !== undefined) {
    if ((DELIVERY_STATUSES as readonly string[]).includes(status)) filter.status = status as DeliveryStatus;
    else problems.push(`Status must be one of ${DELIVERY_STATUSES.join(', ')}.`);
  }
  const provider = get('provider');
  if (provider !== undefined) {
    if (PROVIDERS.includes(provider)) filter.provider = provider;
    else problems.push(`Provider must be one of ${PROVIDERS.join(', ')}.`);
  }
  const range = get('range');
  if (range !== undefined) {
    if (Object.hasOwn(RANGES, range)) {
      filter.range = range;
      filter.from = now - RANGES[range]!;
    } else problems.push(`Time range must be one of ${Object.keys(RANGES).join(', ')}.`);
  }
  for (const [name, key] of [
    ['from', 'from'],
    ['to', 'to'],
  ] as const) {
    const v = get(name);
    if (v === undefined) continue;
    const ms = timeOf(v);
    if (ms === undefined) problems.push(`"${name}" must be a time such as 2026-01-31T13:45 (UTC).`);
    else filter[key] = key === 'from' && filter.from !== undefined ? Math.max(filter.from, ms) : ms;
  }
  const cursor = get('cursor');
  if (cursor !== undefined) {
    if (/^[A-Za-z0-9_.:-]{1,200}$/.test(cursor)) filter.cursor = cursor;
    else problems.push('That page link is not valid; start from the first page.');
  }
  return { filter, problems };
}

/** The provider of a stored delivery. */
export function deliveryProvider(d: Delivery): string {
  try {
    const e = envelopeOfRequest(d.bodyJson);
    return providerOf(e.headers ?? {}, (e as unknown as Record<string, unknown>)['verified']);
  } catch {
    return 'other';
  }
}

/** Whether a delivery passes the filters the store does not apply itself. */
export function matchesFilter(d: Delivery, f: ListFilter): boolean {
  if (f.repo !== undefined && `${d.owner}/${d.repo}`.toLowerCase() !== f.repo.toLowerCase()) return false;
  if (f.status !== undefined && d.status !== f.status) return false;
  if (f.from !== undefined && d.receivedAt < f.from) return false;
  if (f.to !== undefined && d.receivedAt >= f.to) return false;
  return f.provider === undefined || deliveryProvider(d) === f.provider;
}

/** One page of the filtered list, newest first; `next` continues it; `capped` when the scan bound stopped it. */
export async function findDeliveries(store: DeliveryStore, f: ListFilter, limit: number): Promise<{ rows: Delivery[]; next: string | null; capped: boolean }> {
  const rows: Delivery[] = [];
  let cursor = f.cursor;
  let scanned = 0;
  for (;;) {
    // Asking for exactly what is still missing: every page is used whole, so its `next` resumes right after it.
    const page = await store.list({ status: f.status, repo: f.repo, cursor, limit: limit - rows.length });
    scanned += page.deliveries.length;
    let older = false;
    for (const d of page.deliveries) {
      if (f.from !== undefined && d.receivedAt < f.from) older = true;
      if (matchesFilter(d, f)) rows.push(d);
    }
    // Newest first: once a page reaches past `from`, nothing later matches.
    if (page.next === null || older) return { rows, next: null, capped: false };
    if (rows.length >= limit) return { rows, next: page.next, capped: false };
    if (scanned >= MAX_SCAN) return { rows, next: page.next, capped: true };
    cursor = page.next;
  }
}

/** Deliveries and failures (failed or dead) per minute, oldest minute first. */
export interface MinuteCounts {
  /** Epoch ms of the first minute. */
  start: number;
  received: number[];
  failed: number[];
}

/** Counts the last `minutes` minutes up to `now` (at most MAX_SCAN deliveries are looked at). */
export async function perMinute(store: DeliveryStore, now: number, minutes = 60): Promise<MinuteCounts> {
  const end = Math.floor(now / 60_000) * 60_000 + 60_000;
  const start = end - minutes * 60_000;
  const received = new Array<number>(minutes).fill(0);
  const failed = new Array<number>(minutes).fill(0);
  let cursor: string | undefined;
  let scanned = 0;
  for (;;) {
    const page = await store.list({ cursor, limit: 500 });
    let older = false;
    for (const d of page.deliveries) {
      if (d.receivedAt < start) {
        older = true;
        continue;
      }
      const i = Math.floor((d.receivedAt - start) / 60_000);
      if (i < 0 || i >= minutes) continue;
      received[i]! += 1;
      if (d.status === 'failed' || d.status === 'dead') failed[i]! += 1;
    }
    scanned += page.deliveries.length;
    if (older || page.next === null || scanned >= MAX_SCAN) return { start, received, failed };
    cursor = page.next;
  }
}
