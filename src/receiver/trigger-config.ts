import { find } from 'mingo';
import { own } from './own.js';
import type { Item } from './types.js';

/**
 * The general trigger config that fits webhooks (Actionsflow's `on.<trigger>.config`):
 * `filter` (MongoDB query), `sort`, `skip`, `limit`, `filterOutputs` (projection).
 * https://actionsflow.github.io/docs/workflow/#ontriggerconfig
 */
export interface TriggerConfig {
  filter?: Record<string, unknown>;
  filterOutputs?: Record<string, unknown>;
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Reads `config` from the trigger options (unknown keys such as `every` are ignored). */
export function readConfig(options: Record<string, unknown>): TriggerConfig {
  const raw = asRecord(own(options, 'config')) ?? {};
  const config: TriggerConfig = {};
  const filter = asRecord(own(raw, 'filter'));
  if (filter) config.filter = filter;
  const outputs = asRecord(own(raw, 'filterOutputs'));
  if (outputs) config.filterOutputs = outputs;
  const sort = asRecord(own(raw, 'sort'));
  if (sort) config.sort = Object.fromEntries(Object.entries(sort).map(([k, v]) => [k, Number(v) < 0 ? -1 : 1]));
  const skip = own(raw, 'skip');
  if (Number.isInteger(skip)) config.skip = skip as number;
  const limit = own(raw, 'limit');
  if (Number.isInteger(limit)) config.limit = limit as number;
  return config;
}

/** Applies filter → sort → skip → limit → projection. */
export function applyConfig(items: Item[], config: TriggerConfig): Item[] {
  if (Object.keys(config).length === 0) return items;
  let cursor = find(items, config.filter ?? {}, config.filterOutputs);
  if (config.sort) cursor = cursor.sort(config.sort);
  if (config.skip !== undefined) cursor = cursor.skip(config.skip);
  if (config.limit !== undefined) cursor = cursor.limit(config.limit);
  return cursor.all() as Item[];
}
