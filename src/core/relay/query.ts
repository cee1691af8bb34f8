/**
 * System query parameters (`__token`, `__response_*`, `__event_type`): recognised by their decoded
 * names, removed from the forwarded query; every other parameter stays byte-exact and in order.
 */
import { SYSTEM_PARAMS } from '../envelope.js';

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
