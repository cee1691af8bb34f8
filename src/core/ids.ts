/**
 * Delivery ids: UUIDs of version 7 (RFC 9562), which begin with the time in milliseconds. The
 * outbox indexes deliveries and their attempts by id, so ids that grow with time are appended at
 * the end of those indexes; random (version 4) ids landed on a different page per row, which made
 * every group commit write and sync many more pages (measured: docs/performance.md).
 */
import { v7 } from 'uuid';

/** A new delivery id (a UUID, time-ordered). */
export function newDeliveryId(): string {
  return v7();
}
