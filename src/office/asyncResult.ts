// The one place an Office callback becomes a value (STYLE.md practice 9): callers await a Result, and nothing
// throws inside a callback, where no try/catch could reach it.
import { fromOfficeError, fromThrown } from './problems';
import type { OfficeProblem, Result } from './types';

/** Minimal shape of Office.AsyncResult read here: Office passes the full object. */
export type AsyncResultLike<T> = Pick<Office.AsyncResult<T>, 'status' | 'value' | 'error'>;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: OfficeProblem): Result<T> => ({ ok: false, error });

/** Converts an AsyncResult: "succeeded" carries the value, anything else the error as a problem. */
export function toResult<T>(call: string, asyncResult: AsyncResultLike<T> | undefined): Result<T> {
  // Compared as text: the enum's value is "succeeded", and a host may hand back a malformed result.
  if (asyncResult && String(asyncResult.status) === 'succeeded') return ok(asyncResult.value);
  return { ok: false, error: fromOfficeError(call, asyncResult?.error) };
}

/**
 * Runs an Office `…Async` call and resolves once with a Result: from its callback, or from a synchronous
 * throw (Office throws on bad arguments). A second callback is ignored.
 * @example const body = await callAsync<string>('body.getAsync', (cb) => item.body.getAsync('html', cb));
 */
export function callAsync<T>(
  call: string,
  start: (callback: (result: AsyncResultLike<T>) => void) => void,
): Promise<Result<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: Result<T>): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    try {
      start((asyncResult) => settle(toResult(call, asyncResult)));
    } catch (thrown) {
      settle({ ok: false, error: fromThrown(call, thrown) });
    }
  });
}

/** Runs a synchronous Office call (the pre-1.9 `display…Form` APIs) as a Result. */
export function callSync(call: string, run: () => void): Result<void> {
  try {
    run();
    return ok(undefined);
  } catch (thrown) {
    return { ok: false, error: fromThrown(call, thrown) };
  }
}
