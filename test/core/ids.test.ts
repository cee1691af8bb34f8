import { describe, expect, it } from 'vitest';
import { newDeliveryId } from '../../src/core/ids.js';

describe('delivery ids', () => {
  it('are version-7 UUIDs that sort by the millisecond they were made in, all distinct', async () => {
    const first = Array.from({ length: 1000 }, newDeliveryId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = newDeliveryId();
    for (const id of [...first, later]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(first).size).toBe(first.length);
    // Time-ordered: made in a later millisecond means greater as text (what the outbox's indexes compare).
    for (const id of first) expect(id < later).toBe(true);
    expect([...first].sort()).toEqual(first);
  });
});
