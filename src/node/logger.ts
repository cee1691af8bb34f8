/** The Node Logger port: pino, JSON lines on stdout. Fields never carry secrets (the core omits them). */
import { pino } from 'pino';
import type { Logger } from '../core/ports.js';

export function createNodeLogger(level: string): Logger & { flush(): void } {
  const log = pino({ level, base: null, timestamp: pino.stdTimeFunctions.isoTime });
  return {
    info: (fields, msg) => log.info(fields, msg),
    warn: (fields, msg) => log.warn(fields, msg),
    error: (fields, msg) => log.error(fields, msg),
    flush: () => log.flush(),
  };
}
