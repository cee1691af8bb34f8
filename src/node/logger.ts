/**
 * The Node Logger port: pino, JSON lines on stdout. Fields never carry secrets (the core omits them).
 * Writes are asynchronous: lines that arrive while a write is under way go out together in the
 * next one, so logging costs one syscall per batch instead of one per request under load.
 */
import { pino } from 'pino';
import type { Logger } from '../core/ports.js';

export interface NodeLogger extends Logger {
  /** Writes out whatever is still buffered (call before exit). */
  flush(): void;
}

export function createNodeLogger(level: string): NodeLogger {
  const destination = pino.destination({ dest: 1, sync: false });
  const log = pino({ level, base: null, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return {
    info: (fields, msg) => log.info(fields, msg),
    warn: (fields, msg) => log.warn(fields, msg),
    error: (fields, msg) => log.error(fields, msg),
    flush: () => {
      try {
        destination.flushSync();
      } catch {
        // Nothing buffered, or stdout already closed: nothing more can be written.
      }
    },
  };
}
