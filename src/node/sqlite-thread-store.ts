/**
 * The SQLite outbox behind a writer thread: the same DeliveryStore as sqlite-store.ts, but the
 * database is opened and written by a `worker_threads` worker (sqlite-writer.ts), so the group
 * commit's `fdatasync` runs beside the event loop instead of on it.
 *
 * What holds, and why:
 * - One thread owns the database and runs the calls in the order they were made, so every
 *   guarantee of the in-thread store carries over unchanged: an enqueue resolves only after the
 *   transaction holding it committed under `synchronous=FULL`; a row the request path attempts
 *   itself is inserted already leased (`leaseUntil`), so the dispatcher cannot claim it first; a
 *   claim only ever sees committed rows; per-token arrival order is the insert order.
 * - Calls made within one main-thread tick go to the writer as one message; everything that
 *   arrives while a commit is syncing rides on the next commit (group commit).
 * - `kill -9` loses nothing acknowledged: a webhook is acknowledged only after its enqueue
 *   resolved, i.e. after the commit was synced.
 * - If the writer thread dies (it should not), the calls in flight fail (the request answers 503,
 *   the dispatcher retries later) and the next call starts a new writer on the same file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeliveryStore } from '../core/delivery/store.js';

/** The store calls the main thread passes to the writer as they are (close has its own steps). */
export const STORE_CALLS = [
  'enqueue',
  'findByDedupeKey',
  'claimDue',
  'release',
  'settle',
  'readBlob',
  'nextDueAt',
  'get',
  'attemptsOf',
  'list',
  'purge',
  'stats',
] as const satisfies readonly Exclude<keyof DeliveryStore, 'close'>[];
/** Fails to compile when the store gains a call that STORE_CALLS does not list. */
const everyCallListed: Exclude<Exclude<keyof DeliveryStore, 'close'>, (typeof STORE_CALLS)[number]> extends never ? true : never = true;
void everyCallListed;

/** What the writer is started with. */
export interface WriterData {
  file: string;
  busyTimeoutMs?: number | undefined;
  /** Post every commit back (for `onCommit`). */
  reportCommits: boolean;
}

/** One store call, as posted to the writer (several per message). */
export interface WriterCall {
  id: number;
  method: string;
  args: unknown[];
}

/** What the writer posts back (answers to calls come in arrays: those ready together travel together). */
export type WriterReply =
  | { ready: true }
  | { failed: { name: string; message: string; code?: string } }
  | { commit: 'enqueue' | 'settle'; rows: number }
  | { id: number; value: unknown }
  | { id: number; error: { name: string; message: string; code?: string } };

export interface ThreadStoreOptions {
  busyTimeoutMs?: number;
  onCommit?: (kind: 'enqueue' | 'settle', rows: number) => void;
  /** The writer's module (default: sqlite-writer.js beside this module, or the built one when running from source). */
  writerUrl?: URL;
}

/**
 * The built writer: dist/node/sqlite-writer.js, found from this module wherever the bundler put it
 * (dist/node or dist/node/chunks); from the TypeScript sources (tests), the one `npm test` builds first.
 */
function defaultWriterUrl(): URL {
  const candidates = ['./sqlite-writer.js', '../sqlite-writer.js', '../../dist/node/sqlite-writer.js'].map((p) => new URL(p, import.meta.url));
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]!;
}

/** An error rebuilt from the writer's plain data (its name and SQLite code kept). */
function rebuild(e: { name: string; message: string; code?: string }): Error {
  const err = new Error(e.message);
  err.name = e.name;
  if (e.code !== undefined) (err as Error & { code: string }).code = e.code;
  return err;
}

interface Writer {
  worker: Worker;
  ready: Promise<void>;
}

/**
 * Opens (creating when needed) the outbox at `file` in a writer thread; rejects with the same
 * message as `openSqliteStore` when it cannot be opened for writing.
 */
export async function openSqliteStoreInThread(file: string, opts: ThreadStoreOptions = {}): Promise<DeliveryStore> {
  const url = opts.writerUrl ?? defaultWriterUrl();
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let nextId = 1;
  let outbox: WriterCall[] = [];
  let closed = false;
  let writer: Writer | undefined;

  const start = (): Writer => {
    const worker = new Worker(url, {
      workerData: { file, busyTimeoutMs: opts.busyTimeoutMs, reportCommits: opts.onCommit !== undefined } satisfies WriterData,
      // The writer holds little: rows pass through it. A small young generation keeps its memory down.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    let settleReady: { resolve: () => void; reject: (e: unknown) => void } | undefined;
    const ready = new Promise<void>((resolve, reject) => (settleReady = { resolve, reject }));
    const w: Writer = { worker, ready };
    worker.on('message', (m: WriterReply | WriterReply[]) => {
      if (Array.isArray(m)) {
        for (const r of m) {
          if (!('id' in r)) continue;
          const p = pending.get(r.id);
          if (p === undefined) continue;
          pending.delete(r.id);
          if ('error' in r) p.reject(rebuild(r.error));
          else p.resolve(r.value);
        }
      } else if ('commit' in m) opts.onCommit?.(m.commit, m.rows);
      else if ('ready' in m) settleReady?.resolve();
      else if ('failed' in m) {
        // It could not open the database: the next call starts a new writer that tries again.
        settleReady?.reject(rebuild(m.failed));
        void worker.terminate();
      }
    });
    const lost = (why: string) => {
      if (writer === w) writer = undefined;
      settleReady?.reject(new Error(why));
      // Every call in flight was posted to this writer (one writer at a time): none of them has an answer now.
      for (const p of pending.values()) p.reject(new Error(`the outbox writer stopped (${why}); nothing of this call is known to be stored`));
      pending.clear();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return w;
  };

  const flush = () => {
    const calls = outbox;
    outbox = [];
    if (calls.length === 0) return;
    writer ??= start();
    try {
      writer.worker.postMessage(calls);
    } catch {
      // Something in the batch cannot be copied to the writer (a function, say): post them one by
      // one, so only that call fails and its neighbours go through.
      for (const c of calls) {
        try {
          writer.worker.postMessage([c]);
        } catch (err) {
          const p = pending.get(c.id);
          pending.delete(c.id);
          p?.reject(new Error(`cannot pass ${c.method} to the outbox writer: ${err instanceof Error ? err.message : String(err)}`));
        }
      }
    }
  };

  const call = <T>(method: keyof DeliveryStore, ...args: unknown[]): Promise<T> => {
    if (closed) return Promise.reject(new Error('the outbox is closed'));
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      // Calls made within this tick travel together (and so share the writer's next commit).
      if (outbox.length === 0) queueMicrotask(flush);
      outbox.push({ id, method, args });
    });
  };

  writer = start();
  try {
    await writer.ready;
  } catch (err) {
    closed = true;
    throw err;
  }

  // Every call but close is passed on as it is; the writer takes only these names.
  const forwarded = Object.fromEntries(STORE_CALLS.map((method) => [method, (...args: unknown[]) => call(method, ...args)])) as Omit<DeliveryStore, 'close'>;
  return {
    ...forwarded,
    async close() {
      if (closed) return;
      const done = call<void>('close');
      closed = true;
      try {
        await done;
      } finally {
        const w = writer;
        writer = undefined;
        await w?.worker.terminate();
      }
    },
  };
}
