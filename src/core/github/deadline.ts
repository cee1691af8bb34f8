/** One deadline for a call to GitHub, whatever the HTTP adapter does. */
import { HttpFailure } from '../ports.js';

/**
 * The call, or a timeout failure once `ms` have passed: the adapter enforces the timeout, and this
 * makes sure that an adapter that does not (or a socket that never closes) still cannot hold a
 * pacing slot or an attempt forever.
 */
export function withDeadline<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpFailure('timeout', `no answer within ${ms} ms`)), ms);
  });
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}
