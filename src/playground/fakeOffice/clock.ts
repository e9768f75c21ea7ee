// The simulated clock. Outlook code reads the time with `new Date()` / `Date.now()` in its host adapter and
// must not know about the playground, so the fake replaces the frame's Date with one whose "now" is the
// playground's clock. Everything else (parsing, arithmetic, instanceof, Date.prototype) is the real Date's.

interface DateHolder {
  Date: DateConstructor;
}

/**
 * Replaces `target.Date` so that `new Date()`, `Date()` and `Date.now()` read `now()`. Returns a function
 * that puts the real Date back.
 */
export function installClock(target: DateHolder, now: () => number): () => void {
  const RealDate = target.Date;
  const SimulatedDate: DateConstructor = new Proxy(RealDate, {
    construct(real, args: unknown[], newTarget): object {
      // `new Date()` and subclasses of it (newTarget) both get the simulated now when given no arguments.
      const target = newTarget === SimulatedDate ? real : newTarget;
      return Reflect.construct(real, args.length === 0 ? [now()] : args, target) as object;
    },
    // `Date()` called as a function returns the current time as a string.
    apply(real) {
      return new real(now()).toString();
    },
    get(real, property, receiver) {
      if (property === 'now') return now;
      return Reflect.get(real, property, receiver) as unknown;
    },
  });
  target.Date = SimulatedDate;
  return () => {
    target.Date = RealDate;
  };
}
