/** The Logger port as one JSON line per event on the Worker's console (Workers Logs, `wrangler tail`). */
import type { Logger } from '../core/ports.js';

/** Logs `{level, msg, …fields}` as JSON. */
export const consoleLogger: Logger = {
  info: (fields, msg) => console.log(JSON.stringify({ level: 'info', msg, ...fields })),
  warn: (fields, msg) => console.warn(JSON.stringify({ level: 'warn', msg, ...fields })),
  error: (fields, msg) => console.error(JSON.stringify({ level: 'error', msg, ...fields })),
};
