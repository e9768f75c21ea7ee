// An answer that may never come (Outlook's getAsync can stay silent; a worker can hang): waited for at most `ms`,
// so the pane can say so and offer to try again instead of spinning for ever.

/** What `withinTime` resolves to when the time ran out first. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

export function withinTime<T>(answer: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([answer, limit]).finally(() => clearTimeout(timer));
}
