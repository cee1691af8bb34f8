/**
 * `GET /_/events`: server-sent events for the live pages. Each event names a delivery that was
 * stored or had an attempt recorded (`event: delivery`, data `{"id","kind"}`); the page then asks
 * for that one row or timeline, rendered by the server. With an in-process event source (Node)
 * events are pushed as they happen; without one the stream polls the store's newest deliveries.
 * https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { RelayError } from '../errors.js';
import type { DeliveryEvent, DeliveryEvents } from '../delivery/events.js';
import type { DeliveryStore } from '../delivery/store.js';
import type { Clock } from '../ports.js';

/** Streams open at once (each holds a connection). */
export const MAX_STREAMS = 50;
/** A comment line this often keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 15_000;
/** How often the stream polls a store when there is no event source. */
const POLL_MS = 3000;
/** A stream ends after this long; the browser reconnects at once (bounds a forgotten tab's cost). */
const MAX_STREAM_MS = 30 * 60_000;

/** Registers the event stream on the dashboard app. */
// biome-ignore lint/suspicious/noExplicitAny: the dashboard's Hono app carries its own context variables; this route reads none of them
export function registerEvents(app: Hono<any>, opts: { store: DeliveryStore | undefined; events: DeliveryEvents | undefined; clock: Clock }): void {
  let open = 0;
  app.get('/_/events', (c) => {
    if (open >= MAX_STREAMS)
      throw new RelayError(503, 'busy', `At most ${MAX_STREAMS} live pages can be open at once; close some tabs.`, undefined, { 'retry-after': '30' });
    open++;
    return streamSSE(c, async (stream) => {
      const queue: DeliveryEvent[] = [];
      let wake: (() => void) | undefined;
      let closed = false;
      const stop = () => {
        closed = true;
        wake?.();
      };
      stream.onAbort(stop);
      const unsubscribe = opts.events?.subscribe((e) => {
        queue.push(e);
        wake?.();
      }, stop);
      const seen = new Map<string, string>();
      let primed = false;
      const poll = async () => {
        if (opts.events || !opts.store) return;
        const page = await opts.store.list({ limit: 50 });
        for (const d of page.deliveries) {
          const sig = `${d.status}/${d.attempts}`;
          const before = seen.get(d.id);
          seen.set(d.id, sig);
          if (before !== sig && primed)
            queue.push({ kind: before === undefined ? 'received' : 'settled', id: d.id, at: d.receivedAt, outcome: 'retry', status: d.lastStatus });
        }
      };
      await poll().catch(() => undefined);
      primed = true;
      const started = opts.clock.now();
      try {
        await stream.writeSSE({ event: 'ready', data: '{}', retry: 2000 });
        while (!closed && opts.clock.now() - started < MAX_STREAM_MS) {
          while (queue.length > 0 && !closed) {
            const e = queue.shift()!;
            await stream.writeSSE({ event: 'delivery', data: JSON.stringify({ id: e.id, kind: e.kind }) });
          }
          if (closed) break;
          let timer: ReturnType<typeof setTimeout> | undefined;
          const waitMs = opts.events ? KEEPALIVE_MS : POLL_MS;
          const woke = await new Promise<boolean>((resolve) => {
            wake = () => resolve(true);
            timer = setTimeout(() => resolve(false), waitMs);
          });
          clearTimeout(timer);
          wake = undefined;
          if (!woke && !closed) {
            await poll().catch(() => undefined);
            if (queue.length === 0) await stream.write(': keep-alive\n\n');
          }
        }
      } finally {
        unsubscribe?.();
        open--;
      }
    });
  });
}
