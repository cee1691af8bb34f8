import { parseJson } from '../json.js';
import { own } from '../own.js';
import type { TriggerOptions } from '../types.js';

/** A string option, or undefined when absent/empty (numbers are accepted as text). */
export function optString(options: TriggerOptions, key: string): string | undefined {
  const value = own(options, key);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A string-or-list option as a list (empty when absent). */
export function optList(options: TriggerOptions, key: string): string[] {
  const value = own(options, key);
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(String);
  return [];
}

/** The body as an object, or undefined. */
export function bodyObject(body: unknown): Record<string, unknown> | undefined {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

/**
 * The body as an object, also when it arrived as JSON text (e.g. `text/plain` from SNS); text
 * that is not JSON, or nests too deeply to handle safely, is not an object.
 */
export function jsonObject(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== 'string') return bodyObject(body);
  const parsed = parseJson(body);
  return parsed.ok ? bodyObject(parsed.value) : undefined;
}
