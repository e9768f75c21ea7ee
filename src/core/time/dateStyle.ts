/**
 * Whether people in zone `tz` write dates month first ("Tuesday, December 1", 12/1, "2:00 PM"): the US and Canada
 * (America/* but Latin America, Honolulu). One rule for reading numeric dates, the reasons and the drafts.
 * @example monthFirstZone('America/Chicago') === true; monthFirstZone('America/Sao_Paulo') === false
 */
export function monthFirstZone(tz: string): boolean {
  return (
    /^(?:America|US|Canada|Pacific\/Honolulu)\b/.test(tz) &&
    !/^America\/(?:Sao_Paulo|Argentina|Bogota|Lima|Santiago|Caracas|Montevideo|Mexico_City)/.test(tz)
  );
}
