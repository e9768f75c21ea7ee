// Drafts rendered from data (STYLE.md practice 14): renderDraft returns paragraphs and what is still to ask;
// toText joins them; toHtml is the one place text becomes HTML, and escapes every piece of it.
import type { Address, Draft, DraftKind, IsoDate, TimelineFinding } from '../types';
import { clockWords, dayMonth, isWeekend, weekdayDayMonth } from '../time';
import { escapeHtml } from './_lib/escapeHtml';
import { fnv1a } from './_lib/hash';
import type { DraftFacts, Person } from './threadFacts';
import { addressAs, greeting, type PersonName } from './names';
import { namesADay, withoutTags } from './role';
import { promiseOf } from './promise';
import { firstSlotOffered } from './slotChoice';
import { ARRANGED_WORDINGS, NEXT_STEPS_LINE, WORDINGS, type Slots } from './wordings';
import { outputLine, outputText } from './_lib/outputText';

/** ADVICE.md "Drafts": the length limits, in words (LinkedIn: characters). */
export const DRAFT_LIMITS: Readonly<Record<DraftKind, { readonly words?: number; readonly chars?: number }>> =
  {
    'thank-you': { words: 150 },
    'follow-up': { words: 120 },
    'second-follow-up': { words: 120 },
    'close-the-loop': { words: 120 },
    'rejection-reply': { words: 120 },
    'offer-acknowledgement': { words: 120 },
    // The user's own answer is part of it: room for a short paragraph.
    'request-reply': { words: 150 },
    'phone-script': { words: 80 },
    linkedin: { chars: 300 },
    handwritten: { words: 150 },
  };

/** Kinds sent as a reply in the thread, with "Re: <thread subject>". */
const REPLIES: ReadonlySet<DraftKind> = new Set([
  'thank-you',
  'follow-up',
  'second-follow-up',
  'close-the-loop',
  'rejection-reply',
  'offer-acknowledgement',
  'request-reply',
]);

const LABELS: Readonly<Record<DraftKind, string>> = {
  'thank-you': 'Thank you',
  'follow-up': 'Following up',
  'second-follow-up': 'Following up',
  'close-the-loop': 'Thank you',
  'rejection-reply': 'Thank you',
  'offer-acknowledgement': 'Thank you for the offer',
  'request-reply': 'Your request',
  'phone-script': 'Phone call script',
  linkedin: 'LinkedIn message',
  handwritten: 'Handwritten note',
};

export interface RenderedDraft {
  readonly kind: DraftKind;
  readonly subject: string;
  /** Greeting first, sign-off last; a paragraph may hold line breaks (the sign-off's name). */
  readonly paragraphs: readonly string[];
  readonly to: Address | null;
  /** Details only the candidate knows, asked for rather than left as a placeholder. */
  readonly asks: readonly string[];
  /** Which wording of the kind was used (0-based). */
  readonly wording: number;
}

export interface RenderOptions {
  /** Who the draft addresses; defaults to the first interviewer (thank-you kinds) or the contact. */
  readonly to?: Person | null;
  /** Picks another wording, e.g. one per panel interviewer so that their notes differ. */
  readonly variant?: number;
  /** The interview is today (the draft is prepared ahead, for that evening). */
  readonly interviewToday?: boolean;
  /** A late thank-you, once the employer's window has passed: it also asks about next steps (issue 10). */
  readonly askNextSteps?: boolean;
  /** Forces a wording (tests render every wording of every kind). */
  readonly wording?: number;
  /** A thanks for arranging the interviews, for the recruiter who only scheduled them (issue 11). */
  readonly arranged?: boolean;
  /** The employer's request the reply answers, quoted in a `request-reply`. */
  readonly asked?: string | null;
  /** The request asks only that the candidate confirm the interview set ahead: the reply says yes (slotCheck.ts). */
  readonly confirmSlot?: boolean;
  /** When an offer asks for an answer: the `offer-acknowledgement` promises it by then. */
  readonly respondBy?: IsoDate | null;
}

/** " on Tuesday, November 10" (US) or " on Tuesday 10 November". */
export function whenPhrase(date: IsoDate | null, usDates: boolean): string {
  return date === null ? '' : ` on ${weekdayDayMonth(date, undefined, usDates)}`;
}

/**
 * " by Friday 20 November": the day the employer said it hoped to decide, as the follow-up repeats it to them. A day
 * the conventions picked for a vague phrase ("in the new year" is 10 January) was never said, so the draft says
 * "around this time" instead of inventing a date; a window that ends on a weekend ("within two weeks" written on a
 * Sunday) is named without its weekday, since nobody decides "by Sunday".
 */
function decideBy(timeline: TimelineFinding, usDates: boolean): string {
  if (timeline.fuzzy) return ' around this time';
  return isWeekend(timeline.by)
    ? ` by ${dayMonth(timeline.by, undefined, usDates)}`
    : ` by ${weekdayDayMonth(timeline.by, undefined, usDates)}`;
}

function isThankYouKind(kind: DraftKind): boolean {
  return kind === 'thank-you' || kind === 'handwritten';
}

function addressee(kind: DraftKind, facts: DraftFacts, options: RenderOptions): Person | null {
  if (options.to !== undefined) return options.to;
  // A thank-you thanks the interviewer; anything later goes to whoever the candidate is in touch with. An answer
  // to the employer's own message goes to its writer, never to a panel member it names ("Dear Peter," answering a
  // council's recruitment mailbox).
  if (kind === 'request-reply' || kind === 'offer-acknowledgement' || kind === 'rejection-reply')
    return facts.contact;
  return isThankYouKind(kind) || kind === 'phone-script' || kind === 'linkedin'
    ? (facts.interviewers[0] ?? facts.contact)
    : (facts.contact ?? facts.interviewers[0] ?? null);
}

/** Whether `to` was in the interview: an interviewer, or nobody in particular. */
function wasThere(to: Person | null, facts: DraftFacts): boolean {
  return to === null || facts.interviewers.some((p) => p.name === to.name);
}

/** A Person as names.ts reads one, for the greeting. */
function nameOf(p: Person): PersonName {
  return {
    full: p.name,
    given: p.first,
    family: p.family ?? null,
    title: p.title ?? null,
    formal: p.formal === true,
  };
}

/** A typed string the user gave, trimmed, or null where blank. */
function typed(text: string | undefined): string | null {
  const t = text
    ?.replace(/\s+/gu, ' ')
    .trim()
    .replace(/(?<![.!])[.!]+$/u, '');
  return t === undefined || t === '' ? null : t.slice(0, 300);
}

/** "Ravi Menon and Tomas Novak": the interviewers, for the thanks for arranging. */
function metList(people: readonly Person[]): string | null {
  const names = people.map((p) => p.name).filter((n) => n !== '');
  if (names.length === 0) return null;
  return names.length === 1
    ? (names[0] ?? null)
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function slots(kind: DraftKind, facts: DraftFacts, to: Person | null, options: RenderOptions): Slots {
  const name = to === null ? null : nameOf(to);
  const register = facts.register ?? 'hi';
  const personalTopic = typed(facts.personal?.topic);
  // Follow-ups may refer to the topic of the candidate's own thank-you; a thank-you only to what they typed.
  const topic = personalTopic ?? (kind === 'follow-up' ? (facts.topic ?? null) : null);
  // The agency recruiter was not in the interview: never "we spoke" to them.
  // Only the people in the interview spoke with the candidate: never "we spoke" to the agency recruiter or to the
  // recruiter who only arranged it.
  const spoke = wasThere(to, facts);
  const dated = whenPhrase(facts.interviewDate, facts.usDates);
  return {
    greeting: greeting(name, register),
    dear: name === null ? 'Dear Hiring Team,' : `Dear ${addressAs(name)},`,
    first: name === null ? null : addressAs(name),
    role: facts.role === null ? 'the position' : `the ${facts.role} position`,
    interviewed: facts.interviewDate !== null,
    atCompany: facts.company === null ? '' : ` at ${facts.company}`,
    company: facts.company ?? 'your team',
    // On the interview day every channel but the handwritten note says "today" (a note arrives days later);
    // on any other day the date, never "today".
    when: options.interviewToday === true && kind !== 'handwritten' ? ' today' : dated,
    me: facts.candidateName,
    topic,
    about: to?.about ?? null,
    decideBy:
      facts.timeline && (kind === 'follow-up' || kind === 'phone-script')
        ? decideBy(facts.timeline, facts.usDates)
        : '',
    spoke,
    // Only an agency puts a candidate forward; a recruiter of the employer who arranged the interview helped.
    agency: facts.agency === true && to !== null && !spoke,
    asked: options.asked ?? null,
    choice: kind === 'request-reply' && options.asked ? firstSlotOffered(options.asked) : null,
    promise: kind === 'request-reply' && options.asked ? promiseOf(options.asked) : null,
    // The day and the clock the candidate says yes to: "on Monday 14 December at 4:00 PM".
    moved: facts.interviewMoved,
    confirm:
      options.confirmSlot === true && kind === 'request-reply'
        ? `${dated}${facts.interviewTime === null || dated === '' ? '' : ` at ${clockWords(facts.interviewTime, facts.usDates)}`}`
        : null,
    answer:
      typed(facts.personal?.answer) === null ? null : (facts.personal?.answer ?? '').trim().slice(0, 600),
    respondBy: options.respondBy ? weekdayDayMonth(options.respondBy, undefined, facts.usDates) : null,
    met: options.arranged === true ? metList(facts.interviewers) : null,
  };
}

function asksFor(
  kind: DraftKind,
  facts: DraftFacts,
  to: Person | null,
  options: RenderOptions,
  choice: string | null,
): readonly string[] {
  const asks: string[] = [];
  if ((isThankYouKind(kind) || kind === 'follow-up') && typed(facts.personal?.topic) === null) {
    asks.push('A topic from the interview you enjoyed, to add a personal sentence (optional).');
  }
  // A reply that confirms the slot is complete as it stands: only an open request needs the user's answer. Of
  // times offered to choose from (the slots' `choice`), the draft takes the first: the user may want another.
  if (kind === 'request-reply' && typed(facts.personal?.answer) === null) {
    if (choice !== null) asks.push(`The time that suits you: the draft takes the first offered (${choice}).`);
    else if (options.confirmSlot !== true) asks.push('Your answer to their request, to put in the reply.');
  }
  if (to === null && kind !== 'handwritten') asks.push("The interviewer's name, to greet them by name.");
  if (facts.role === null) asks.push("The role's title, to name the position.");
  if (facts.candidateName === null && kind !== 'phone-script') asks.push('Your name, for the sign-off.');
  return asks;
}

// A subject that thanks ("Thank you - Risk Analyst interview"): only a thank-you may answer under it; a follow-up
// sent as "Re: Thank you - …" reads as one more thank-you note.
const THANKS_SUBJECT = /\b(?:thank(?:s| you)|thank-you)\b/i;

function subjectFor(kind: DraftKind, facts: DraftFacts): string {
  const thanks = facts.subject !== null && THANKS_SUBJECT.test(facts.subject);
  // A reply keeps the thread's subject, without a mail gateway's tag ("[EXTERNAL]", "CAUTION:").
  const original = facts.subject === null ? null : withoutTags(facts.subject);
  if (REPLIES.has(kind) && original !== null && original !== '' && (kind === 'thank-you' || !thanks))
    return `Re: ${original}`;
  // No role read: what the thanking subject names besides the thanks ("Sous Chef tryout - thank you").
  const rest =
    thanks && facts.subject !== null
      ? facts.subject
          .split(/\s[-–—:|]\s|:\s/)
          .map((seg) => seg.trim())
          .filter((seg) => seg !== '' && !THANKS_SUBJECT.test(seg) && !namesADay(seg))
          .join(' – ')
      : '';
  const topic = facts.role ?? (rest === '' ? null : rest);
  const about = topic === null ? '' : ` – ${topic}`;
  return `${LABELS[kind]}${about}`;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Joins paragraphs as plain text: one blank line between paragraphs. */
export function toText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/**
 * The one place draft text becomes HTML: every paragraph is escaped (names and titles come from mail).
 * @example toHtml(['Hi <Ada>,']) === '<p>Hi &lt;Ada&gt;,</p>'
 */
export function toHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`).join('');
}

function fits(kind: DraftKind, paragraphs: readonly string[]): boolean {
  const limit = DRAFT_LIMITS[kind];
  const text = toText(paragraphs);
  return (
    (limit.words === undefined || wordCount(text) <= limit.words) &&
    (limit.chars === undefined || text.length <= limit.chars)
  );
}

/** One full stop where a name's own ends a sentence: "at Veritas Infotech Pvt. Ltd.." → "… Pvt. Ltd.". */
function oneStop(paragraph: string): string {
  return paragraph.replace(/(?<=\p{L}\.)\.(?!\.)/gu, '');
}

/**
 * A draft of `kind` filled from the thread's facts. The wording is chosen from the thread subject and the
 * candidate, so the same thread always gets the same words. A slot too long for the kind's limit is dropped.
 * @example renderDraft('follow-up', facts).paragraphs[0] === 'Hi Ada,'
 */
export function renderDraft(kind: DraftKind, facts: DraftFacts, options: RenderOptions = {}): RenderedDraft {
  const to = addressee(kind, facts, options);
  // A thank-you to someone who was not in the interview (an agency recruiter) thanks them for arranging it, never
  // "for meeting with me" (r23).
  const notThere = kind === 'thank-you' && !wasThere(to, facts);
  const wordings = options.arranged === true || notThere ? ARRANGED_WORDINGS : WORDINGS[kind];
  const seed = fnv1a(`${kind}|${facts.seedText}`) + (options.variant ?? 0);
  const wording = options.wording ?? seed % wordings.length;
  const write = wordings[wording % wordings.length] ?? wordings[0];
  const full = slots(kind, facts, to, options);
  // Mail-derived slots can be long (a 60-character title): drop them, richest first, until the draft fits.
  const plain: Slots = { ...full, topic: null, about: null, decideBy: '' };
  const bare: Slots = { ...plain, atCompany: '', when: '', met: null };
  const generic: Slots = { ...bare, role: 'the position', company: 'your team' };
  const leaner: readonly Slots[] = [full, plain, bare, generic, { ...generic, me: null }];
  // A thank-you sent once the employer's window has passed also asks about next steps (issue 10).
  const nextSteps = options.askNextSteps === true && kind === 'thank-you';
  const compose = (s: Slots): readonly string[] => {
    const written = (write === undefined ? [] : write(s)).map(oneStop);
    return nextSteps ? [...written.slice(0, -1), NEXT_STEPS_LINE, ...written.slice(-1)] : written;
  };
  let paragraphs: readonly string[] = compose(full);
  for (const s of leaner) {
    paragraphs = compose(s);
    if (fits(kind, paragraphs)) break;
  }
  return {
    kind,
    subject: subjectFor(kind, facts),
    paragraphs,
    // The addressee by the name the draft reads ("Ada Lee" for "Lee, Ada"); a named interviewer who never wrote in
    // the thread has no address: the host then keeps the reply's own recipients.
    to: to === null ? null : { name: to.name, address: to.address?.address ?? '' },
    asks: asksFor(kind, facts, to, options, full.choice ?? null),
    wording: wording % wordings.length,
  };
}

/** The Draft of types.ts: subject, text, HTML (escaped), addressee and asks. */
export function toDraft(rendered: RenderedDraft): Draft {
  // Text leaves the core here: no control or direction characters from the mail reach the user's draft.
  const paragraphs = rendered.paragraphs.map(outputText);
  return {
    kind: rendered.kind,
    subject: outputLine(rendered.subject),
    text: toText(paragraphs),
    html: toHtml(paragraphs),
    to: rendered.to,
    asks: rendered.asks,
  };
}
