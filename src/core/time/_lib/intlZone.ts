// Zone names already checked against Intl: building a formatter per call would be slow. A bounded cache of
// pure answers, not state a caller can observe.
const zoneMemo = new Map<string, boolean>();
const ZONE_MEMO_LIMIT = 512;

/** Whether this runtime's Intl knows zone `tz`: its DateTimeFormat constructor is the list, throwing for others. */
export function intlKnowsZone(tz: string): boolean {
  const hit = zoneMemo.get(tz);
  if (hit !== undefined) return hit;
  let known: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    known = true;
  } catch {
    known = false;
  }
  if (zoneMemo.size < ZONE_MEMO_LIMIT) zoneMemo.set(tz, known);
  return known;
}
