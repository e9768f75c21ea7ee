// Threads written for the QA rounds of issue 4: fresh mail the engine had never seen, each decided by hand from
// ADVICE.md before the first run. No `me` is given unless a row says so: the engine must tell the candidate from
// the employer by itself. Each row asserts the action, its date, the rule, elapsed days, the evidence a reason
// quotes, the draft's kind, addressee and filling, and the reminder; every draft must pass its own tone check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import { checkTone } from '../../src/core/drafts';
import type { Action, DraftKind, RawMessage } from '../../src/core/types';

const DIR = new URL('../fixtures/threads/', import.meta.url);

function raw(file: string): RawMessage {
  const data = new Uint8Array(readFileSync(new URL(file, DIR)));
  if (file.endsWith('.mbox')) return { kind: 'mbox', data };
  return { kind: 'mime', data };
}

interface Row {
  readonly why: string;
  readonly file: string;
  readonly now: string;
  readonly tz?: string;
  readonly me?: string;
  /** The candidate the engine must find (inferred where no `me` is given). */
  readonly candidate: string;
  readonly action: Action;
  readonly on: string;
  readonly rule: number;
  readonly overdue?: boolean;
  readonly elapsed: number | null;
  readonly draft: DraftKind | null;
  /** Words some reason must quote. */
  readonly evidence?: readonly string[];
  readonly reminder?: string | null;
  /** The main draft's first line. */
  readonly greeting?: string;
  /** Words the main draft must hold (role, company, interview day, the candidate's name). */
  readonly mentions?: readonly string[];
  /** First lines of the one-per-interviewer thank-you notes. */
  readonly panel?: readonly string[];
  readonly noCalls?: boolean;
}

const NY = 'America/New_York';

const ROWS: readonly Row[] = [
  // Round 1
  {
    why: 'custom-domain candidate, no --me: the recruiter promised a decision by Friday 11 December',
    file: 'outlook-custom-domain-decision-by-date-no-me.eml',
    now: '2026-12-08T10:00:00-05:00',
    candidate: 'sam@samrivera.dev',
    action: 'wait',
    on: '2026-12-14',
    rule: 6,
    elapsed: 7,
    draft: 'follow-up',
    evidence: ['by Friday, December 11'],
    reminder: '2026-12-14T09:00:00-05:00',
    greeting: 'Hi Priya,',
    mentions: ['Senior Backend Engineer', 'Fabrikam', 'December 1', 'Sam Rivera'],
  },
  {
    why: 'a three-person panel, the evening of the interview: thank-you due the next day, one note each',
    file: 'gmail-panel-interview-today-thank-you-due.eml',
    now: '2026-12-07T19:00:00-05:00',
    candidate: 'lena.kowalski@gmail.com',
    action: 'send-thank-you',
    on: '2026-12-08',
    rule: 5,
    overdue: false,
    elapsed: 0,
    draft: 'thank-you',
    reminder: null,
    greeting: 'Hi Daniel,',
    mentions: ['Product Designer', 'Northwind Traders', 'Lena Kowalski'],
    panel: ['Hi Daniel,', 'Hi Rachel,', 'Hi Tom,'],
  },
  {
    why: 'an .mbox: the out-of-office after the first follow-up is no answer; 20 days on, a second one',
    file: 'mbox-out-of-office-after-first-follow-up.mbox',
    now: '2026-11-29T10:00:00-05:00',
    candidate: 'jordan.ellis@icloud.com',
    action: 'follow-up',
    on: '2026-11-24',
    rule: 8,
    overdue: true,
    elapsed: 20,
    draft: 'second-follow-up',
    evidence: ['does not count as an answer'],
    greeting: 'Hi Maya,',
    mentions: ['Marketing Coordinator', 'Jordan Ellis'],
  },
  {
    why: 'Outlook on the web: the recruiter asks for availability for a final round: reply now',
    file: 'outlook-web-html-final-round-availability-asked.eml',
    now: '2026-12-06T10:00:00-05:00',
    candidate: 'chris.nowak@outlook.com',
    action: 'reply',
    on: '2026-12-06',
    rule: 4,
    elapsed: 3,
    draft: null,
    evidence: ['Could you share your availability'],
    reminder: null,
  },
  {
    why: 'Apple Mail, French headers, Paris: "early next week" is Wednesday; "thanks for the update" is no follow-up',
    file: 'apple-mail-fr-early-next-week-ack.eml',
    now: '2026-12-05T10:00:00+01:00',
    tz: 'Europe/Paris',
    candidate: 'lucas.bernard@orange.fr',
    action: 'wait',
    on: '2026-12-10',
    rule: 6,
    elapsed: 8,
    draft: 'follow-up',
    evidence: ['early next week'],
    reminder: '2026-12-10T09:00:00+01:00',
    greeting: 'Hi Camille,',
    mentions: ['Junior Consultant', 'Lumière Conseil', 'Lucas Bernard'],
  },
  {
    why: 'two rounds, the second done and thanked for: a week after it, follow up',
    file: 'outlook-two-rounds-second-done-no-reply.eml',
    now: '2026-11-19T09:00:00-05:00',
    candidate: 'grace.park@gmail.com',
    action: 'follow-up',
    on: '2026-11-18',
    rule: 9,
    overdue: true,
    elapsed: 8,
    draft: 'follow-up',
    evidence: ['Wednesday, November 11 at 2:00 PM'],
    greeting: 'Hi Ben,',
    mentions: ['Financial Analyst', 'November 11', 'Grace Park'],
  },
  {
    why: "the employer's Saturday reply plus a week is a Saturday: the follow-up moves to Monday",
    file: 'yahoo-employer-replied-saturday-weekend-shift.eml',
    now: '2026-12-11T10:00:00-05:00',
    candidate: 'nina.alvarez@yahoo.com',
    action: 'wait',
    on: '2026-12-14',
    rule: 9,
    elapsed: 7,
    draft: 'follow-up',
    evidence: ['moves to Monday'],
    reminder: '2026-12-14T09:00:00-05:00',
    greeting: 'Hi Robert,',
    mentions: ['Clinical Data Coordinator', 'Contoso Pharma', 'Nina Alvarez'],
  },
  // Round 2
  {
    why: '"we will not be moving forward with your application": closed, with a gracious reply',
    file: 'gmail-rejection-not-moving-forward.eml',
    now: '2026-12-14T17:00:00-05:00',
    candidate: 'omar.haddad@hotmail.com',
    action: 'closed',
    on: '2026-12-14',
    rule: 1,
    elapsed: 5,
    draft: 'rejection-reply',
    evidence: ['will not be moving forward with your application'],
    reminder: null,
    greeting: 'Hi Talia,',
    mentions: ['Operations Analyst', 'Omar Haddad'],
  },
  {
    why: 'an offer (London, custom domain, a cc): closed; "the written offer will follow on Monday" is no interview',
    file: 'outlook-offer-extend-london.eml',
    now: '2026-12-11T15:00:00Z',
    tz: 'Europe/London',
    candidate: 'alex@alexmorgan.co.uk',
    action: 'closed',
    on: '2026-12-11',
    rule: 1,
    elapsed: 2,
    draft: null,
    evidence: ['extend you an offer'],
    reminder: null,
  },
  {
    why: 'boilerplate "let me know if you have any questions" is no request: the thank-you is due',
    file: 'gmail-boilerplate-questions-decision-by-friday.eml',
    now: '2026-12-16T08:00:00-05:00',
    candidate: 'diego.santos@gmail.com',
    action: 'send-thank-you',
    on: '2026-12-16',
    rule: 5,
    overdue: false,
    elapsed: 1,
    draft: 'thank-you',
    greeting: 'Hi Keisha,',
    mentions: ['UX Researcher', 'Proseware', 'December 15', 'Diego Santos'],
    panel: ['Hi Keisha,', 'Hi Ravi,'],
  },
  {
    why: 'three days on with no thank-you: still send it, overdue; the timeline waits its turn',
    file: 'gmail-boilerplate-questions-decision-by-friday.eml',
    now: '2026-12-18T15:00:00-05:00',
    candidate: 'diego.santos@gmail.com',
    action: 'send-thank-you',
    on: '2026-12-16',
    rule: 5,
    overdue: true,
    elapsed: 3,
    draft: 'thank-you',
    evidence: ['late is better than never'],
  },
  {
    why: 'no calls, and a decision promised for after the holiday closure: wait until the Monday after',
    file: 'apple-mail-no-calls-holiday-closure.eml',
    now: '2026-12-31T10:00:00-05:00',
    candidate: 'emma.larsen@me.com',
    action: 'wait',
    on: '2027-01-11',
    rule: 6,
    elapsed: 10,
    draft: 'follow-up',
    evidence: ['by Friday, January 8', 'Please do not call the office'],
    reminder: '2027-01-11T09:00:00-05:00',
    greeting: 'Hi Victor,',
    mentions: ['Financial Planning Analyst', 'December 21', 'Emma Larsen'],
    noCalls: true,
  },
  {
    why: 'the first follow-up was answered, the second is not: wait a week after it for another',
    file: 'gmail-follow-up-answered-then-second-unanswered.eml',
    now: '2026-11-05T10:00:00-05:00',
    candidate: 'priyanka.rao@gmail.com',
    action: 'wait',
    on: '2026-11-10',
    rule: 8,
    elapsed: 20,
    draft: 'second-follow-up',
    evidence: ['a week after your follow-up of 3 November'],
    reminder: '2026-11-10T09:00:00-05:00',
    greeting: 'Hi Felix,',
    mentions: ['Customer Success Manager', 'Priyanka Rao'],
  },
  {
    why: 'an interview at 9:30 Pacific seen from New York, two days ahead: wait, thank-you reminder that evening',
    file: 'outlook-pacific-time-interview-ahead.eml',
    now: '2026-12-14T10:00:00-05:00',
    candidate: 'mjones@protonmail.com',
    action: 'wait',
    on: '2026-12-16',
    rule: 3,
    elapsed: -2,
    draft: 'thank-you',
    evidence: ['9:30 AM Pacific Time', 'at 12:30'],
    reminder: '2026-12-16T18:00:00-05:00',
    greeting: 'Hi Aaron,',
    mentions: ['Machine Learning Engineer', 'Morgan Jones'],
  },
  {
    why: '"please wait at least two weeks before checking in": the first follow-up waits for that day',
    file: 'outlook-please-wait-two-weeks-before-checking-in.eml',
    now: '2026-11-10T10:00:00-05:00',
    candidate: 'maria.lopez@aol.com',
    action: 'wait',
    on: '2026-11-17',
    rule: 9,
    elapsed: 8,
    draft: 'follow-up',
    evidence: ['please wait at least two weeks before checking in'],
    reminder: '2026-11-17T09:00:00-05:00',
    greeting: 'Hi Claire,',
    mentions: ['Travel Consultant', 'November 2', 'Maria Lopez'],
  },
  // Round 3
  {
    why: 'the morning of an evening interview (5:30 to 6:30 PM): wait; the reminder comes when it ends',
    file: 'outlook-evening-interview-today-reminder-after-end.eml',
    now: '2026-12-17T09:00:00-05:00',
    candidate: 'ethan.brooks88@gmail.com',
    action: 'wait',
    on: '2026-12-17',
    rule: 3,
    elapsed: 0,
    draft: 'thank-you',
    evidence: ['from 5:30 PM to 6:30 PM ET'],
    reminder: '2026-12-17T18:30:00-05:00',
    greeting: 'Hi Sofia,',
    mentions: ['Software Engineer', 'Coho Winery', 'today', 'Ethan Brooks'],
  },
  {
    why: '"send your portfolio by Monday" is a deadline for the candidate, not the employer\'s timeline',
    file: 'gmail-portfolio-request-answered-end-of-next-week.eml',
    now: '2026-12-15T10:00:00-05:00',
    candidate: 'rosa.martinez@outlook.com',
    action: 'wait',
    on: '2026-12-21',
    rule: 6,
    elapsed: 7,
    draft: 'follow-up',
    evidence: ['by the end of next week'],
    reminder: '2026-12-21T09:00:00-05:00',
    greeting: 'Hi Jane,',
    mentions: ['Graphic Designer', 'December 8', 'Rosa Martinez'],
  },
  {
    why: 'Gmail HTML quotes: the thank-you was acknowledged; 20 days on, the first follow-up is overdue',
    file: 'gmail-html-thank-you-acknowledged-twenty-days.eml',
    now: '2026-12-02T10:00:00-05:00',
    candidate: 'sarah.mitchell@gmail.com',
    action: 'follow-up',
    on: '2026-11-20',
    rule: 9,
    overdue: true,
    elapsed: 20,
    draft: 'follow-up',
    evidence: ["a week after Michael's last message of 13 November"],
    greeting: 'Hi Michael,',
    mentions: ['Compliance Analyst', 'November 12', 'Sarah Mitchell'],
  },
  {
    why: '"please don\'t follow up before January 4" over the holidays: the first follow-up waits for it',
    file: 'apple-mail-no-follow-up-before-january-4.eml',
    now: '2026-12-28T10:00:00-05:00',
    candidate: 'olivia.wright@icloud.com',
    action: 'wait',
    on: '2027-01-04',
    rule: 9,
    elapsed: 12,
    draft: 'follow-up',
    evidence: ["please don't follow up before January 4"],
    reminder: '2027-01-04T09:00:00-05:00',
    greeting: 'Hi Hiroshi,',
    mentions: ['Lab Technician', 'Olivia Wright'],
  },
  {
    why: 'a follow-up answered with "within 10 business days", a later one unanswered: the second is due',
    file: 'outlook-business-days-window-passed-second-follow-up.eml',
    now: '2026-11-09T10:00:00-05:00',
    candidate: 'tom.becker@gmail.com',
    action: 'follow-up',
    on: '2026-11-06',
    rule: 8,
    overdue: true,
    elapsed: 35,
    draft: 'second-follow-up',
    evidence: ['a week after your follow-up of 30 October'],
    greeting: 'Hi Lisa,',
    mentions: ['Video Editor', 'Tom Becker'],
  },
  {
    why: 'a rescheduled interview (custom domain, no --me): the new slot is the subject, one day ahead',
    file: 'gmail-rescheduled-interview-custom-domain.eml',
    now: '2026-12-09T10:00:00-05:00',
    candidate: 'kwame@asante.io',
    action: 'wait',
    on: '2026-12-10',
    rule: 3,
    elapsed: -1,
    draft: 'thank-you',
    evidence: ['Thursday, December 10 at 11 AM'],
    reminder: '2026-12-10T18:00:00-05:00',
    greeting: 'Hi Laura,',
    mentions: ['Data Scientist', 'Graphic Design Institute', 'Kwame'],
  },
  {
    why: 'Thunderbird, Dublin, day-first quote date: thanked the same day, follow up a week on',
    file: 'thunderbird-dublin-thank-you-sent-same-day.eml',
    now: '2026-12-04T17:00:00Z',
    tz: 'Europe/Dublin',
    candidate: 'ciara.byrne@contoso-ireland.ie',
    action: 'wait',
    on: '2026-12-11',
    rule: 9,
    elapsed: 0,
    draft: 'follow-up',
    evidence: ['a week after the interview'],
    reminder: '2026-12-11T09:00:00+00:00',
    greeting: 'Hi Siobhan,',
    mentions: ['Quality Engineer', 'Tailspin Toys', '4 December', 'Ciara Byrne'],
  },
  // Round 4
  {
    why: '"please complete the online case study" after the interview is a request: reply now',
    file: 'outlook-assessment-request-after-interview.eml',
    now: '2026-12-16T15:00:00-05:00',
    candidate: 'marcus.bell@gmail.com',
    action: 'reply',
    on: '2026-12-16',
    rule: 4,
    elapsed: 2,
    draft: null,
    evidence: ['please complete the online case study'],
    reminder: null,
  },
  {
    why: '"we have decided to go in a different direction" after two follow-ups: closed, not move-on',
    file: 'outlook-rejection-after-two-follow-ups.eml',
    now: '2026-12-04T10:00:00-05:00',
    candidate: 'anna.svensson@outlook.com',
    action: 'closed',
    on: '2026-12-04',
    rule: 1,
    elapsed: 21,
    draft: 'rejection-reply',
    evidence: ['decided to go in a different direction'],
    reminder: null,
    greeting: 'Hi Daniel,',
    mentions: ['Claims Specialist', 'Humongous Insurance', 'Anna Svensson'],
  },
  {
    why: '"in the coming days" (five days) has passed: follow up a week after the last message, today',
    file: 'apple-mail-in-the-coming-days-passed.eml',
    now: '2026-12-09T10:00:00-05:00',
    candidate: 'sam.okoye@icloud.com',
    action: 'follow-up',
    on: '2026-12-09',
    rule: 9,
    overdue: false,
    elapsed: 8,
    draft: 'follow-up',
    reminder: '2026-12-09T09:00:00-05:00',
    greeting: 'Hi Leah,',
    mentions: ['Sales Engineer', 'Sam Okoye'],
  },
  {
    why: 'Outlook for Mac "Date:" quotes: a panelist\'s "best of luck" is no outcome; wait a week from it',
    file: 'outlook-mac-panelist-replied-best-of-luck.eml',
    now: '2026-12-06T10:00:00-05:00',
    candidate: 'priya.menon@protonmail.com',
    action: 'wait',
    on: '2026-12-11',
    rule: 9,
    elapsed: 3,
    draft: 'follow-up',
    evidence: ["a week after Tomasz's last message of 4 December"],
    reminder: '2026-12-11T09:00:00-05:00',
    mentions: ['Analytics Engineer', 'Priya Menon'],
  },
  {
    why: 'Sydney in its first DST week, day-first Gmail quotes: "by Friday 16 October", wait until Monday',
    file: 'gmail-sydney-dst-decision-by-friday-16.eml',
    now: '2026-10-14T10:00:00+11:00',
    tz: 'Australia/Sydney',
    candidate: 'chloe.nguyen@gmail.com',
    action: 'wait',
    on: '2026-10-19',
    rule: 6,
    elapsed: 8,
    draft: 'follow-up',
    evidence: ['by Friday 16 October'],
    reminder: '2026-10-19T09:00:00+11:00',
    greeting: 'Hi Ben,',
    mentions: ['Marketing Analyst', '6 October', 'Chloe Nguyen'],
  },
  {
    why: 'only a calendar invitation (Windows zone, 75 minutes) dates the interview: thank-you due next day',
    file: 'outlook-calendar-invite-only-evening.eml',
    now: '2026-12-03T19:00:00+01:00',
    tz: 'Europe/Berlin',
    candidate: 'leo.fischer@gmx.de',
    action: 'send-thank-you',
    on: '2026-12-04',
    rule: 5,
    overdue: false,
    elapsed: 0,
    draft: 'thank-you',
    evidence: ['by 4 December at 16:15'],
    reminder: null,
    greeting: 'Hi Nadia,',
    mentions: ['Embedded Software Engineer', 'Wingtip Toys', 'Leo Fischer'],
  },
  // Round 5
  {
    why: 'the first message nine days after the interview asks for news: a follow-up, not a thank-you',
    file: 'gmail-late-first-message-is-a-follow-up.eml',
    now: '2026-11-20T10:00:00-05:00',
    candidate: 'yusuf.demir@gmail.com',
    action: 'follow-up',
    on: '2026-11-18',
    rule: 8,
    overdue: true,
    elapsed: 18,
    draft: 'second-follow-up',
    evidence: ['a week after your follow-up of 11 November'],
    greeting: 'Hi Karen,',
    mentions: ['Health Data Analyst', 'Yusuf Demir'],
  },
  {
    why: 'a newer, earlier promise beats "within three weeks"; its Friday is today: wait until Monday',
    file: 'gmail-newer-timeline-wins-friday-is-today.eml',
    now: '2026-12-11T10:00:00-05:00',
    candidate: 'mateo.rossi@yahoo.com',
    action: 'wait',
    on: '2026-12-14',
    rule: 6,
    elapsed: 10,
    draft: 'follow-up',
    evidence: ['we now expect to make a decision by Friday'],
    reminder: '2026-12-14T09:00:00-05:00',
    greeting: 'Hi Ingrid,',
    mentions: ['Content Editor', 'Lucerne Publishing', 'Mateo Rossi'],
  },
  {
    why: 'an auto-reply that quotes the follow-up: the follow-up counts, the auto-reply answers nothing',
    file: 'outlook-auto-reply-quoting-follow-up.eml',
    now: '2026-12-01T10:00:00-05:00',
    candidate: 'kofi.mensah@outlook.com',
    action: 'follow-up',
    on: '2026-12-01',
    rule: 8,
    overdue: false,
    elapsed: 15,
    draft: 'second-follow-up',
    evidence: ['does not count as an answer'],
    reminder: '2026-12-01T09:00:00-05:00',
    greeting: 'Hi Rachel,',
    mentions: ['Event Coordinator', 'Kofi Mensah'],
  },
  {
    why: 'a question asked before the interview ("bring your ID?") is no rule 4 after it: thank-you due',
    file: 'outlook-question-before-interview-only.eml',
    now: '2026-11-17T10:00:00-05:00',
    candidate: 'kofi.mensah@outlook.com',
    action: 'send-thank-you',
    on: '2026-11-17',
    rule: 5,
    overdue: false,
    elapsed: 1,
    draft: 'thank-you',
    greeting: 'Hi Rachel,',
    mentions: ['Event Coordinator', 'Alpine Ski House', 'November 16', 'Kofi Mensah'],
  },
  {
    why: '"How are you?" and a request to a colleague on copy ask the candidate nothing: respect the window',
    file: 'gmail-pleasantry-question-and-cc-request.eml',
    now: '2026-12-14T10:00:00-05:00',
    candidate: 'sam.carter.pm@gmail.com',
    action: 'wait',
    on: '2026-12-25',
    rule: 6,
    elapsed: 6,
    draft: 'follow-up',
    evidence: ['within two weeks'],
    reminder: '2026-12-25T09:00:00-05:00',
    greeting: 'Hi Megan,',
    mentions: ['Product Manager', 'Sam Carter'],
  },
  // Round 6
  {
    why: 'Outlook desktop Word HTML, "Whitaker, James": no thank-you yet the morning after, so send it',
    file: 'outlook-desktop-word-html-business-days-no-thank-you.eml',
    now: '2026-12-08T12:00:00-05:00',
    candidate: 'noor@noorhaddad.design',
    action: 'send-thank-you',
    on: '2026-12-08',
    rule: 5,
    overdue: false,
    elapsed: 1,
    draft: 'thank-you',
    evidence: ['James wrote on 30 November'],
    reminder: null,
    greeting: 'Hi James,',
    mentions: ['Exhibition Designer', 'Baldwin Museum', 'December 7', 'Noor Haddad'],
  },
  {
    why: 'a bakery owner on gmail.com hiring a gmail.com candidate: the wording tells who applied',
    file: 'gmail-small-business-owner-on-gmail.eml',
    now: '2026-12-09T10:00:00-05:00',
    candidate: 'tyler.brooks.nyc@gmail.com',
    action: 'wait',
    on: '2026-12-14',
    rule: 6,
    elapsed: 5,
    draft: 'follow-up',
    evidence: ['by next Saturday'],
    reminder: '2026-12-14T09:00:00-05:00',
    greeting: 'Hi Rosa,',
    mentions: ['Pastry Assistant', 'Tyler Brooks'],
  },
  {
    why: 'a Greenhouse scheduling message beside the recruiter (three domains, custom-domain candidate)',
    file: 'greenhouse-scheduler-and-recruiter-custom-domain.eml',
    now: '2026-12-14T10:00:00-05:00',
    candidate: 'ben@okafor.me',
    action: 'wait',
    on: '2026-12-21',
    rule: 6,
    elapsed: 6,
    draft: 'follow-up',
    evidence: ['by the end of next week'],
    reminder: '2026-12-21T09:00:00-05:00',
    greeting: 'Hi Aisha,',
    mentions: ['Site Reliability Engineer', 'Woodgrove', 'Ben'],
  },
  {
    why: '"a final decision by the end of the month", stated before the interview, has passed: follow up',
    file: 'apple-mail-end-of-month-promise-passed.eml',
    now: '2026-12-10T10:00:00-05:00',
    candidate: 'grace.kim@hotmail.com',
    action: 'follow-up',
    on: '2026-12-01',
    rule: 9,
    overdue: true,
    elapsed: 20,
    draft: 'follow-up',
    evidence: ["the business day after the employer's window"],
    greeting: 'Hi Owen,',
    mentions: ['Logistics Planner', 'Grace Kim'],
  },
  // Round 7
  {
    why: 'a shared "Careers" mailbox is no one to greet: "Hello," and the name is asked for',
    file: 'gmail-careers-mailbox-no-person-name.eml',
    now: '2026-12-09T10:00:00-05:00',
    candidate: 'lucia.romero@gmail.com',
    action: 'follow-up',
    on: '2026-12-08',
    rule: 9,
    overdue: true,
    elapsed: 8,
    draft: 'follow-up',
    evidence: ['a week after the interview'],
    greeting: 'Hello,',
    mentions: ['Procurement Officer', 'December 1', 'Lucia Romero'],
  },
  {
    why: '"within 10 days" has passed; the company is spelt "O\'Neill & Partners" and escaped in HTML',
    file: 'outlook-ampersand-company-and-role.eml',
    now: '2026-12-15T10:00:00-05:00',
    candidate: 'raj.patel@outlook.com',
    action: 'follow-up',
    on: '2026-12-14',
    rule: 9,
    overdue: true,
    elapsed: 14,
    draft: 'follow-up',
    evidence: ['within 10 days'],
    greeting: 'Hi Fiona,',
    mentions: ['Research & Development Engineer', "O'Neill & Partners", 'Raj Patel'],
  },
];

function firstName(address: string, name: string | null | undefined): string {
  return (name ?? address).split(/[\s@.]/)[0] ?? '';
}

describe('analyze: threads nobody had seen (QA rounds, issue 4)', () => {
  for (const row of ROWS) {
    it(`${row.why} [${row.file} @ ${row.now}]`, async () => {
      const a = await analyze(
        { messages: [raw(row.file)] },
        { now: row.now, tz: row.tz ?? NY, ...(row.me !== undefined ? { me: row.me } : {}) },
      );
      const r = a.recommendation;
      const explain = `${r.reasons.join('\n')}\nmessages: ${a.messages.map((m) => `${m.role}${m.automatic ? '(auto)' : ''}@${m.sentAt}`).join(', ')}`;
      assert.equal(a.candidate, row.candidate, explain);
      assert.equal(r.action, row.action, explain);
      assert.equal(r.on, row.on, explain);
      assert.equal(r.rule, row.rule, explain);
      if (row.overdue !== undefined) assert.equal(r.overdue, row.overdue, explain);
      assert.equal(a.elapsedDays, row.elapsed, explain);
      assert.equal(a.draft?.kind ?? null, row.draft, explain);
      for (const words of row.evidence ?? [])
        assert.ok(
          r.reasons.some((x) => x.includes(words)),
          `no reason quotes "${words}":\n${explain}`,
        );
      if (row.reminder !== undefined) assert.equal(a.reminder?.start ?? null, row.reminder);
      const text = a.draft?.text ?? '';
      if (row.greeting !== undefined) assert.equal(text.split('\n')[0], row.greeting, text);
      for (const words of row.mentions ?? []) assert.ok(text.includes(words), `"${words}" missing:\n${text}`);
      if (row.panel !== undefined)
        assert.deepEqual(
          (a.drafts ?? []).filter((d) => d.kind === 'thank-you').map((d) => d.text.split('\n')[0]),
          row.panel,
        );
      const me = a.messages.find((m) => m.role === 'candidate')?.from;
      for (const d of [...(a.draft ? [a.draft] : []), ...(a.drafts ?? [])]) {
        assert.deepEqual(checkTone(d.text, d.kind), [], `${d.kind} fails its own tone check:\n${d.text}`);
        assert.doesNotMatch(d.text, /[[\]{}<>]|undefined|null/, d.text);
        // Mail-derived text is escaped in the HTML: no bare ampersand, no tag but <p> and <br>.
        assert.doesNotMatch(d.html, /&(?![a-z]+;|#\d+;)|<(?!\/?p>|br>)/, d.html);
        // A draft never greets the candidate by their own name.
        const greeting = (d.text.split('\n')[0] ?? '').split(',')[0] ?? '';
        if (me) assert.doesNotMatch(greeting, new RegExp(`\\b${firstName(me.address, me.name)}\\b`));
      }
      if (row.noCalls !== undefined) {
        assert.equal(a.noCalls, row.noCalls);
        assert.ok(!(a.drafts ?? []).some((d) => d.kind === 'phone-script'));
      }
    });
  }
});

// The threads of the first scenario table, read again with no `me`: the engine must find Grace by itself.
const EARLIER = [
  'apple-mail-dst-week-friday-interview.eml',
  'apple-mail-one-follow-up-unanswered.eml',
  'apple-mail-thank-you-sent.eml',
  'gmail-confirmed-friday-interview-ahead.eml',
  'gmail-decision-end-of-next-week.eml',
  'gmail-fr-thank-you-sent.eml',
  'gmail-no-calls-policy.eml',
  'gmail-notice-period-request.eml',
  'gmail-out-of-office-after-second-follow-up.eml',
  'gmail-rejection.eml',
  'mbox-thank-you-then-timeline.mbox',
  'outlook-de-no-contact-before.eml',
  'outlook-final-round-scheduled.eml',
  'outlook-offer.eml',
  'outlook-out-of-office-after-follow-up.eml',
  'outlook-references-request.eml',
  'outlook-two-unanswered-follow-ups.eml',
  'outlook-web-html-within-ten-days.eml',
  'outlook-within-two-weeks.eml',
  'outlook-year-end-within-two-weeks.eml',
] as const;

describe('analyze: who is the candidate, with no --me (ADVICE.md "Inputs")', () => {
  for (const file of EARLIER) {
    it(`finds grace@example.com against one company domain [${file}]`, async () => {
      const a = await analyze({ messages: [raw(file)] }, { now: '2026-12-20T09:00:00-05:00', tz: NY });
      assert.equal(a.candidate, 'grace@example.com');
      const greeting = a.draft?.text.split('\n')[0] ?? '';
      assert.doesNotMatch(greeting, /Grace/);
    });
  }
});
