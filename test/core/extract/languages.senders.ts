// When and where the held-out language rounds (languages.table.ts, languages.round2.table.ts) were sent.
// Tuesday 10 November 2026, 10:00 in New York.
export const NY = { sentAt: '2026-11-10T10:00:00-05:00', tz: 'America/New_York' } as const;
// Tuesday 10 November 2026, 10:00 in London (day-first numeric dates).
export const LDN = { sentAt: '2026-11-10T10:00:00+00:00', tz: 'Europe/London' } as const;
// Monday 2 November 2026, 09:00 in Berlin.
export const BER = { sentAt: '2026-11-02T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 10 November 2026, 10:00 in Paris.
export const PAR = { sentAt: '2026-11-10T10:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 11 November 2026, 10:00 in Madrid.
export const MAD = { sentAt: '2026-11-11T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
