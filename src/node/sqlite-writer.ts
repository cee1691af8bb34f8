/**
 * The outbox's writer thread (a `worker_threads` entry): it owns the SQLite database and runs every
 * store call the main thread posts, so the commit's `fdatasync` never blocks the event loop that
 * serves webhooks. Calls arrive in batches (one message per main-thread tick) and run in order;
 * the store's tick batcher then groups the enqueues (and the settles) of everything that arrived
 * during the previous commit into the next transaction. See sqlite-thread-store.ts for the protocol.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DeliveryStore } from '../core/delivery/store.js';
import { openSqliteStore } from './sqlite-store.js';
import { STORE_CALLS, type WriterCall, type WriterData, type WriterReply } from './sqlite-thread-store.js';

const port = parentPort;
if (port === null) throw new Error('sqlite-writer.js runs as a worker thread (see sqlite-thread-store.ts)');

/** An error as plain data: the main thread rebuilds it (an Error's own fields do not survive structured clone). */
function errorData(err: unknown): { name: string; message: string; code?: string } {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const code = (err as { code?: unknown }).code;
  return { name: err.name, message: err.message, ...(typeof code === 'string' ? { code } : {}) };
}

const data = workerData as WriterData;
let store: DeliveryStore | undefined;
try {
  store = openSqliteStore(data.file, {
    ...(data.busyTimeoutMs !== undefined ? { busyTimeoutMs: data.busyTimeoutMs } : {}),
    ...(data.reportCommits ? { onCommit: (kind, rows) => port.postMessage({ commit: kind, rows } satisfies WriterReply) } : {}),
  });
  port.postMessage({ ready: true } satisfies WriterReply);
} catch (err) {
  port.postMessage({ failed: errorData(err) } satisfies WriterReply);
}

/** The store methods the main thread may call (an allow-list: a name never reaches the prototype chain). */
const METHODS = new Set<string>([...STORE_CALLS, 'close']);

/** Answers that become ready together (a commit resolves its whole group) go back as one message. */
let replies: WriterReply[] = [];
const sendReplies = () => {
  const batch = replies;
  replies = [];
  port.postMessage(batch);
};
const reply = (r: WriterReply) => {
  if (replies.length === 0) queueMicrotask(sendReplies);
  replies.push(r);
};

port.on('message', (calls: WriterCall[]) => {
  for (const call of calls) {
    const s = store;
    if (s === undefined || !METHODS.has(call.method)) {
      port.postMessage({
        id: call.id,
        error: { name: 'Error', message: s === undefined ? 'the outbox is not open' : `unknown store call ${call.method}` },
      } satisfies WriterReply);
      continue;
    }
    const fn = (s as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[call.method]!;
    // Started in arrival order; each answers when its own work (its commit, for writes) is done.
    let result: Promise<unknown>;
    try {
      result = fn.apply(s, call.args);
    } catch (err) {
      result = Promise.reject(err);
    }
    result.then(
      (value) => reply({ id: call.id, value }),
      (err: unknown) => reply({ id: call.id, error: errorData(err) }),
    );
  }
});
