// Work that must not delay what the user is waiting for runs after the next paint (issue 12, speed). A pane
// out of sight paints no frames: a timer runs the work anyway, a moment later.
const LATEST_MS = 500;

export function afterPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  // After the frame: requestAnimationFrame runs before the paint, the timer after it.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, typeof requestAnimationFrame === 'function' ? LATEST_MS : 0);
}
