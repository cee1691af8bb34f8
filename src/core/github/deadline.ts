/** One deadline for a call to GitHub, whatever the HTTP adapter does. */
import { HttpFailure } from '../ports.js';

/**
 * The call, or a timeout failure once `ms` have passed: the adapter enforces the timeout, and this
 * makes sure that an adapter that does not (or a socket that never closes) still cannot hold a
 * pacing slot or an attempt forever.
 */
export function withDeadline<T>(call: Promise<T>, ms: number): Promise<T> {
  // One promise and one timer; no race of two promises with a `finally` after it.
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HttpFailure('timeout', `no answer within ${ms} ms`)), ms);
    call.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
