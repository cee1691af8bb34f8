import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/core/delivery/pacer.js';

function manualClock(t = 1_000_000) {
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('pacer', () => {
  it('allows N starts per window per key, then frees slots as the window slides', () => {
    const clock = manualClock();
    const p = createPacer({ ratePerWindow: 3, windowMs: 1000, maxInFlight: 10, clock });
    const slots = [p.tryAcquire('a'), p.tryAcquire('a'), p.tryAcquire('a')];
    slots.forEach((s) => s?.release());
    expect(slots.every(Boolean)).toBe(true);
    expect(p.tryAcquire('a')).toBeUndefined();
    expect(p.tryAcquire('b')).toBeDefined();
    expect(p.blockedKeys()).toEqual(['a']);
    expect(p.nextTimedFree()).toBe(1_001_000);
    clock.advance(999);
    expect(p.tryAcquire('a')).toBeUndefined();
    clock.advance(1);
    expect(p.tryAcquire('a')).toBeDefined();
  });

  it('limits dispatches in flight per key and signals releases', () => {
    const clock = manualClock();
    const p = createPacer({ ratePerWindow: 100, windowMs: 1000, maxInFlight: 2, clock });
    let released = 0;
    p.onRelease(() => released++);
    const a = p.tryAcquire('k');
    const b = p.tryAcquire('k');
    expect(p.tryAcquire('k')).toBeUndefined();
    expect(p.nextTimedFree()).toBeUndefined();
    a?.release();
    a?.release();
    expect(released).toBe(1);
    expect(p.tryAcquire('k')).toBeDefined();
    b?.release();
  });

  it('holds a paused key until the pause ends', () => {
    const clock = manualClock();
    const p = createPacer({ ratePerWindow: 100, clock });
    p.pause('k', clock.now() + 5000);
    expect(p.tryAcquire('k')).toBeUndefined();
    expect(p.nextTimedFree()).toBe(clock.now() + 5000);
    clock.advance(5000);
    expect(p.tryAcquire('k')).toBeDefined();
  });

  it('does not pace at rate 0', () => {
    const p = createPacer({ ratePerWindow: 0, clock: manualClock() });
    const slots = Array.from({ length: 1000 }, () => p.tryAcquire('k'));
    expect(slots.every(Boolean)).toBe(true);
    expect(p.blockedKeys()).toEqual([]);
  });

  it('forgets idle keys', () => {
    const clock = manualClock();
    const p = createPacer({ ratePerWindow: 1, windowMs: 10, clock });
    for (let i = 0; i < 100; i++) p.tryAcquire(`k${i}`)?.release();
    expect(p.blockedKeys().length).toBe(100);
    clock.advance(10);
    expect(p.blockedKeys().length).toBe(0);
  });
});
