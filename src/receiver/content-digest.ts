import { createHash } from 'node:crypto';
import objectHasher from 'node-object-hash';

// Actionsflow's settings: md5, hex, object keys and map entries sorted, arrays and sets in order.
const hasher = objectHasher({
  coerce: false,
  alg: 'md5',
  enc: 'hex',
  sort: { map: true, object: true, array: false, set: false },
});

/**
 * The digest Actionsflow gives a value without an id (`helpers.createContentDigest`): the md5 of
 * node-object-hash's sorted form for objects and arrays, of the text for anything else. Used for
 * the webhook trigger's `request_id` and offered to `format`/`filterScript`/`sortScript` scripts,
 * so both stay what they were under Actionsflow.
 */
export function createContentDigest(value: unknown): string {
  if (typeof value === 'object') return hasher.hash(value);
  return createHash('md5')
    .update(typeof value === 'string' ? value : String(value))
    .digest('hex');
}
