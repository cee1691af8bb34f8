import { describe, expect, it } from 'vitest';
import { createDeadlineWheel } from '../../src/node/deadline-wheel.js';

describe('deadline wheel', () => {
  it('runs a deadline that is not cancelled, and none that is', async () => {
    const wheel = createDeadlineWheel(5);
    const fired: string[] = [];
    // Registered together, so both fall in the same tick: when `kept` runs, `cancelled` would have too.
    const cancelled = wheel.after(10, () => fired.push('cancelled'));
    const done = new Promise<void>((resolve) => wheel.after(10, () => resolve(void fired.push('kept'))));
    cancelled.cancel();
    await done;
    expect(fired).toEqual(['kept']);
  });

  it('runs deadlines of different lengths in their order', async () => {
    const wheel = createDeadlineWheel(5);
    const fired: number[] = [];
    const done = new Promise<void>((resolve) => {
      wheel.after(60, () => {
        fired.push(60);
        resolve();
      });
      wheel.after(1, () => fired.push(1));
      wheel.after(30, () => fired.push(30));
    });
    await done;
    expect(fired).toEqual([1, 30, 60]);
  });
});
