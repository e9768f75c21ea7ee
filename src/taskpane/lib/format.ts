// Words the pane shows for dates and for the recommended action. Kept apart from the components so the
// wording is testable as data and the same sentence appears in the recommendation and in its text alternative.
import type { IsoDate, IsoDateTime, Recommendation, WaitingFor } from '../../core/types';

/** The webview's language (Outlook sets it to the user's display language); Intl's default where unknown. */
export function uiLocale(): string | undefined {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : undefined;
}

/**
 * The pane's one date style (issue 12): "Tue, Nov 24" in the US, "Tue 24 Nov" in the UK, as the user's
 * region writes a day; the year only where it is not the current one. Dates and times everywhere in the pane
 * go through formatDay and formatDateTime, so the headline, the reminder and the details agree.
 */
function dayFormat(withYear: boolean): Intl.DateTimeFormatOptions {
  return { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) };
}

/** A plain calendar date (no zone shift) in the pane's date style; the year where it differs from today's. */
export function formatDay(
  date: IsoDate,
  locale: string | undefined = uiLocale(),
  today: IsoDate | null = null,
): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(utc.getTime())) return date;
  const withYear = today === null || today.slice(0, 4) !== date.slice(0, 4);
  try {
    return new Intl.DateTimeFormat(locale, { ...dayFormat(withYear), timeZone: 'UTC' }).format(utc);
  } catch {
    return date;
  }
}

/** "Tue, 1 Dec 2026" style, read as a plain calendar date (no zone shift): formatDay with the year. */
export function formatDate(date: IsoDate, locale: string | undefined = uiLocale()): string {
  return formatDay(date, locale);
}

/** Date and time of an instant in the user's zone, in the pane's date style; the raw text where unreadable. */
export function formatDateTime(
  instant: IsoDateTime,
  tz: string,
  locale: string | undefined = uiLocale(),
  today: IsoDate | null = null,
): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  try {
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric' }).format(d);
    return new Intl.DateTimeFormat(locale, {
      ...dayFormat(today === null || today.slice(0, 4) !== year),
      hour: 'numeric',
      minute: '2-digit',
      timeZone: tz,
      timeZoneName: 'short',
    }).format(d);
  } catch {
    return d.toISOString();
  }
}

const waitSentences: Readonly<Record<WaitingFor, (on: string) => string>> = {
  interview: (on) => `Wait for the interview on ${on}.`,
  'employer-timeline': (on) => `Wait: the employer's timeline is still running; follow up on ${on}.`,
  'follow-up': (on) => `Wait, then send a follow-up email on ${on}.`,
  'second-follow-up': (on) => `Wait, then send a second, polite follow-up on ${on}.`,
  snooze: (on) => `Snoozed: nothing to do before ${on}.`,
};

/** The recommendation as one sentence in words: what to do and when. */
export function describeRecommendation(r: Recommendation, locale: string | undefined = uiLocale()): string {
  const on = formatDate(r.on, locale);
  switch (r.action) {
    case 'closed':
      if (r.outcome === 'offer' && r.respondBy !== undefined)
        return `You have an offer: reply to it by ${formatDate(r.respondBy, locale)}.`;
      return r.outcome === 'offer'
        ? 'You have an offer: this process is closed.'
        : 'The employer has decided: this process is closed.';
    case 'set-interview-date':
      return 'Set the interview date so the coach can advise you.';
    case 'wait':
      return waitSentences[r.waitingFor](on);
    case 'reply':
      return 'Reply to the employer: they asked you something.';
    case 'send-thank-you':
      return r.overdue ? `Send a thank-you note now (it was due ${on}).` : `Send a thank-you note by ${on}.`;
    case 'follow-up': {
      const what = r.step === 2 ? 'a second, polite follow-up' : 'a follow-up email';
      return r.overdue ? `Send ${what} now (it was due ${on}).` : `Send ${what} on ${on}.`;
    }
    case 'move-on':
      return 'Move on: two follow-ups went unanswered, so focus on other opportunities.';
  }
}

/**
 * While the advice is to wait, what to do with a draft opened anyway: keep it until the day the advice names,
 * so "review it and press Send" is not read as "send it now" (ADVICE.md rules 3, 6, 8 and 9: respect the
 * employer's timeline). Null when the advice is to act now.
 */
export function holdUntil(r: Recommendation, locale: string | undefined = uiLocale()): string | null {
  if (r.action !== 'wait') return null;
  const on = formatDate(r.on, locale);
  return r.waitingFor === 'interview'
    ? `Keep it as a draft until after your interview on ${on}.`
    : `Keep it as a draft until ${on}: the advice is to wait until then.`;
}
