// The facts of a thread that gave everything: shared by the drafts' tables.
import type { DraftFacts } from '../../../src/core/drafts';
import type { Recommendation } from '../../../src/core/types';

export const FULL: DraftFacts = {
  subject: 'Interview for the Data Analyst position',
  interviewers: [{ name: 'Ada Lee', first: 'Ada', address: { name: 'Ada Lee', address: 'ada@contoso.com' } }],
  contact: { name: 'Ada Lee', first: 'Ada', address: { name: 'Ada Lee', address: 'ada@contoso.com' } },
  role: 'Data Analyst',
  company: 'Contoso',
  interviewDate: '2026-11-10',
  interviewTime: '14:00',
  interviewMoved: false,
  candidateName: 'Grace Hopper',
  seedText: 'Interview for the Data Analyst position|grace@example.com',
  usDates: true,
};

/** ADVICE.md rule 2's recommendation, its evidence the employer's request as written. */
export const replyTo = (asked: string): Recommendation =>
  ({
    action: 'reply',
    rule: 2,
    on: '2026-11-05',
    overdue: false,
    channel: 'email',
    reasons: [],
    evidence: [{ message: 0, text: asked, index: 0, detector: 'employer-asks' }],
  }) as unknown as Recommendation;
