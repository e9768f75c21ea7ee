// Performance marks on the way to the first recommendation, read by the bench (bench/browser.bench.ts) to say
// where the time goes: the bundle starting, Office ready, the item read, the analysis done.
export function mark(name: 'start' | 'office-ready' | 'item-read' | 'analysed'): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`followup:${name}`);
}
