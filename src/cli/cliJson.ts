// Analysis -> the JSON of CLI.md, in one function: the shape the CLI promises, whatever the core adds later.
import type { Analysis, IsoDateTime } from '../core/types';
import { epochMs, toZonedIso } from '../core/time';

export interface CliJson {
  readonly candidate: string | null;
  readonly messages: readonly {
    readonly from: string | null;
    readonly name: string | null;
    readonly role: 'candidate' | 'employer';
    readonly sentAt: IsoDateTime | null;
    readonly text: string;
    readonly signature: string | null;
    readonly quoted: boolean;
  }[];
  readonly interview: {
    readonly start: IsoDateTime;
    readonly end: IsoDateTime;
    readonly evidence: { readonly message: number | null; readonly text: string };
  } | null;
  readonly timeline: { readonly by: string; readonly phrase: string; readonly message: number } | null;
  readonly noCalls: boolean;
  readonly outcome: 'rejected' | 'offer' | null;
  readonly elapsedDays: number | null;
  readonly recommendation: {
    readonly action: string;
    readonly on: string;
    readonly overdue: boolean;
    readonly channel: 'email';
    readonly reasons: readonly string[];
    /** An offer that asks for an answer by a date (CLI.md). */
    readonly respondBy?: string;
  };
  readonly draft: {
    readonly kind: string;
    readonly subject: string;
    readonly text: string;
    readonly html: string;
  } | null;
  readonly reminder: {
    readonly subject: string;
    readonly start: string;
    readonly end: string;
    readonly body: string;
  } | null;
  /** CLI.md: what could not be read or was cut, empty where none. */
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
}

/** An instant written with the user's zone offset (CLI.md: "Dates are ISO 8601 with the zone's offset"). */
function zoned(instant: IsoDateTime | null, tz: string): IsoDateTime | null {
  if (instant === null) return null;
  return epochMs(instant) === null ? instant : toZonedIso(instant, tz);
}

/** @example toCliJson(analysis).recommendation.action === analysis.recommendation.action */
export function toCliJson(
  a: Analysis,
  inputWarnings: readonly { readonly code: string; readonly message: string }[] = [],
): CliJson {
  const tz = a.tz;
  return {
    candidate: a.candidate,
    messages: a.messages.map((m) => ({
      from: m.from === null || m.from.address === '' ? null : m.from.address,
      name: m.from?.name ?? null,
      role: m.role,
      sentAt: zoned(m.sentAt, tz),
      text: m.text,
      signature: m.signature,
      quoted: m.quoted,
    })),
    interview:
      a.interview === null
        ? null
        : {
            start: zoned(a.interview.start, tz) ?? a.interview.start,
            end: zoned(a.interview.end, tz) ?? a.interview.end,
            // A date set by hand comes from no message.
            evidence: {
              message: a.interview.evidence.message >= 0 ? a.interview.evidence.message : null,
              text: a.interview.evidence.text,
            },
          },
    timeline:
      a.timeline === null
        ? null
        : { by: a.timeline.by, phrase: a.timeline.phrase, message: a.timeline.evidence.message },
    noCalls: a.noCalls,
    outcome: a.outcome,
    elapsedDays: a.elapsedDays,
    recommendation: {
      action: a.recommendation.action,
      on: a.recommendation.on,
      overdue: a.recommendation.overdue,
      channel: a.recommendation.channel,
      reasons: a.recommendation.reasons,
      ...(a.recommendation.action === 'closed' && a.recommendation.respondBy !== undefined
        ? { respondBy: a.recommendation.respondBy }
        : {}),
    },
    draft:
      a.draft === null
        ? null
        : { kind: a.draft.kind, subject: a.draft.subject, text: a.draft.text, html: a.draft.html },
    reminder:
      a.reminder === null
        ? null
        : {
            subject: a.reminder.subject,
            start: a.reminder.start,
            end: a.reminder.end,
            body: a.reminder.body,
          },
    warnings: [...inputWarnings, ...a.warnings].map(({ code, message }) => ({ code, message })),
  };
}
