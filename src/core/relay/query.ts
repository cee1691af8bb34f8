/**
 * System query parameters (`__token`, `__response_*`, `__event_type`): recognised by their decoded
 * names, removed from the forwarded query; every other parameter stays byte-exact and in order.
 */
import { DEFAULT_EVENT_TYPE, GITHUB_LIMITS, SYSTEM_PARAMS } from '../contract.js';
import { RelayError } from '../errors.js';

export type SystemParam = (typeof SYSTEM_PARAMS)[number];

export interface SplitQuery {
  /** Decoded values of the system parameters (the first occurrence wins). */
  system: Partial<Record<SystemParam, string>>;
  /** The remaining query, raw, or undefined when nothing is left. */
  forwarded: string | undefined;
}

const SYSTEM = new Set<string>(SYSTEM_PARAMS);

/** Decodes a form-urlencoded component; malformed escapes yield undefined. */
export function decodeFormComponent(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Separates the system parameters from the raw query string. */
export function splitQuery(rawQuery: string | undefined): SplitQuery {
  const system: SplitQuery['system'] = {};
  if (rawQuery === undefined || rawQuery === '') return { system, forwarded: undefined };
  const kept: string[] = [];
  for (const part of rawQuery.split('&')) {
    const eq = part.indexOf('=');
    const rawName = eq === -1 ? part : part.slice(0, eq);
    // Fast path: a system name always starts with "__" (or its encoding).
    const name = rawName.startsWith('__') || rawName.includes('%') ? decodeFormComponent(rawName) : rawName;
    if (name !== undefined && SYSTEM.has(name)) {
      const key = name as SystemParam;
      if (system[key] === undefined) system[key] = eq === -1 ? '' : (decodeFormComponent(part.slice(eq + 1)) ?? part.slice(eq + 1));
      continue;
    }
    kept.push(part);
  }
  return { system, forwarded: kept.length > 0 ? kept.join('&') : undefined };
}

/**
 * Splits a request target (`/path?query#fragment`) into the path and the raw query, both exactly
 * as received; a fragment is dropped, and the query is undefined when there is no `?`.
 */
export function splitPathAndQuery(target: string): { path: string; rawQuery: string | undefined } {
  const hash = target.indexOf('#');
  const pq = hash === -1 ? target : target.slice(0, hash);
  const q = pq.indexOf('?');
  return q === -1 ? { path: pq, rawQuery: undefined } : { path: pq.slice(0, q), rawQuery: pq.slice(q + 1) };
}

/**
 * The `event_type` to dispatch: `__event_type`, else `webhook`. Throws 400 when it is outside
 * GitHub's 1–100 characters. https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event
 */
export function eventTypeOf(system: SplitQuery['system']): string {
  const eventType = system.__event_type ?? DEFAULT_EVENT_TYPE;
  // Characters, not UTF-16 units: an emoji counts once.
  const length = [...eventType].length;
  if (length < GITHUB_LIMITS.eventTypeMin || length > GITHUB_LIMITS.eventTypeMax) {
    throw new RelayError(400, 'invalid_event_type', `__event_type must be 1–${GITHUB_LIMITS.eventTypeMax} characters long (GitHub's limit), got ${length}.`);
  }
  return eventType;
}
