/**
 * The Node Logger port: pino on stdout. JSON lines with string levels for machines (the default
 * when stdout is not a terminal), coloured one-line entries for people (a terminal). Fields never
 * carry secrets (the core omits them). JSON writes are asynchronous: lines that arrive while a
 * write is under way go out together in the next one, so logging costs one syscall per batch
 * instead of one per request under load.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream } from 'pino';
import type { Logger } from '../core/ports.js';

/** `auto`: pretty when stdout is a terminal, JSON otherwise. */
export type LogFormat = 'auto' | 'json' | 'pretty';

export interface NodeLogger extends Logger {
  /** Writes out whatever is still buffered (call before exit). */
  flush(): void;
}

/** Creates the logger at `level` in `format`. */
export function createNodeLogger(level: string, format: LogFormat = 'auto', isTTY = Boolean(process.stdout.isTTY)): NodeLogger {
  const pretty = format === 'pretty' || (format === 'auto' && isTTY);
  // pino-pretty is loaded only for a terminal: a relay that logs JSON never carries it.
  const destination: DestinationStream & { flushSync?: () => void } = pretty
    ? loadPinoPretty()({ colorize: isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true, destination: 1 })
    : pino.destination({ dest: 1, sync: false });
  const log = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      // `"level":"warn"`, as on Workers, instead of pino's numbers.
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return {
    info: (fields, msg) => log.info(fields, msg),
    warn: (fields, msg) => log.warn(fields, msg),
    error: (fields, msg) => log.error(fields, msg),
    flush: () => {
      try {
        destination.flushSync?.();
      } catch {
        // Nothing buffered, or stdout already closed: nothing more can be written.
      }
    },
  };
}

/** pino-pretty's factory, loaded on first use (synchronously: the logger is made before the server starts). */
function loadPinoPretty(): typeof import('pino-pretty').PinoPretty {
  return (createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty')).PinoPretty;
}
