import { find, Query } from 'mingo';
import { own } from './own.js';
import { ReceiverError } from './receiver-error.js';
import { compileScript, type ScriptSource } from './script-option.js';
import type { Item, OutputItem } from './types.js';

/**
 * The general trigger config that fits webhooks (Actionsflow's `on.<trigger>.config`):
 * `filterOutputs` (projection), `format`, `filter` (MongoDB query), `filterScript`, `sort`,
 * `sortScript`, `skip`, `limit`. Options about polling, caching and deduplication across runs
 * (`every`, `skipFirst`, `shouldDeduplicate`, `force` …) have no meaning for one webhook.
 * https://actionsflow.github.io/docs/workflow/#ontriggerconfig
 */
export interface TriggerConfig {
  filterOutputs?: Record<string, unknown>;
  format?: string;
  filter?: Record<string, unknown>;
  filterScript?: string;
  sort?: Record<string, 1 | -1>;
  sortScript?: string;
  skip?: number;
  limit?: number;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A positive count (`skip`, `limit`), also when templating made it text; 0 or anything else means none. */
function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

function script(raw: Record<string, unknown>, key: string): string | undefined {
  const value = own(raw, key);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Reads `config` from the trigger options (unknown keys such as `every` are ignored). */
export function readConfig(options: Record<string, unknown>): TriggerConfig {
  const raw = asRecord(own(options, 'config')) ?? {};
  const config: TriggerConfig = {};
  const outputs = asRecord(own(raw, 'filterOutputs'));
  if (outputs) config.filterOutputs = outputs;
  const format = script(raw, 'format');
  if (format) config.format = format;
  const filter = asRecord(own(raw, 'filter'));
  if (filter) config.filter = filter;
  const filterScript = script(raw, 'filterScript');
  if (filterScript) config.filterScript = filterScript;
  const sort = asRecord(own(raw, 'sort'));
  if (sort) config.sort = Object.fromEntries(Object.entries(sort).map(([k, v]) => [k, Number(v) < 0 ? -1 : 1]));
  const sortScript = script(raw, 'sortScript');
  if (sortScript) config.sortScript = sortScript;
  const skip = count(own(raw, 'skip'));
  if (skip !== undefined) config.skip = skip;
  const limit = count(own(raw, 'limit'));
  if (limit !== undefined) config.limit = limit;
  return config;
}

/**
 * The item's keys in the order the projection names them, then the rest: the order Actionsflow's
 * mingo 3 gives `filterOutputs` (ours keeps the item's order), so `toJSON` output is the same.
 */
function inProjectionOrder(item: unknown, projection: Record<string, unknown>): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const first = [...new Set(Object.keys(projection).map((k) => k.split('.')[0] as string))];
  const ordered = new Map<string, unknown>();
  for (const key of first) if (Object.hasOwn(item, key)) ordered.set(key, (item as Record<string, unknown>)[key]);
  for (const [key, value] of Object.entries(item)) if (!ordered.has(key)) ordered.set(key, value);
  return Object.fromEntries(ordered);
}

/** A mingo query or projection failure, named by its option. */
function mingo<T>(option: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw new ReceiverError(`${option} is not valid: ${(err as Error).message}`);
  }
}

/**
 * Applies the config in Actionsflow's order: `filterOutputs` → `format` → `filter` and
 * `filterScript` → `sortScript` → `sort` → `skip` → `limit`. Scripts see what they see in
 * Actionsflow (`filterScript`: `item`, `index`, `items` after `format`; `sortScript`: `a`, `b`,
 * `items`). Where Actionsflow's result is an accident, the sensible thing: with both `filter`
 * and `filterScript` an item must pass both (Actionsflow drops `filterScript`'s result), and
 * `sort` orders last and stably, so `sortScript` breaks its ties (as in Actionsflow).
 * `source` names the workflow file and trigger in errors and is where `require` resolves from.
 */
export function applyConfig(items: Item[], config: TriggerConfig, source: ScriptSource): OutputItem[] {
  let out: OutputItem[] = items;
  if (out.length === 0) return out;
  if (config.filterOutputs) {
    const projection = config.filterOutputs;
    out = mingo('filterOutputs', () => find(out as Item[], {}, projection).all()).map((item) => inProjectionOrder(item, projection));
  }
  if (config.format) {
    const format = compileScript('format', config.format, source);
    out = out.map((item) => format({ item }));
  }
  if (config.filter || config.filterScript) {
    const all = out;
    const filter = config.filter;
    const query = filter ? mingo('filter', () => new Query(filter)) : undefined;
    const filterScript = config.filterScript ? compileScript('filterScript', config.filterScript, source) : undefined;
    out = all.filter(
      (item, index) => (!query || mingo('filter', () => query.test(item as Item))) && (!filterScript || Boolean(filterScript({ item, index, items: all }))),
    );
  }
  if (config.sortScript) {
    const sortScript = compileScript('sortScript', config.sortScript, source);
    const all = [...out];
    out = all.sort((a, b) => Number(sortScript({ a, b, items: all })) || 0);
  }
  if (config.sort) {
    const sort = config.sort;
    out = mingo('sort', () =>
      find(out as Item[], {})
        .sort(sort)
        .all(),
    );
  }
  if (config.skip !== undefined) out = out.slice(config.skip);
  if (config.limit !== undefined) out = out.slice(0, config.limit);
  return out;
}
