// The facts of a thread that gave everything: shared by the drafts' tables.
import type { DraftFacts } from '../../../src/core/drafts';

export const FULL: DraftFacts = {
  subject: 'Interview for the Data Analyst position',
  interviewers: [{ name: 'Ada Lee', first: 'Ada', address: { name: 'Ada Lee', address: 'ada@contoso.com' } }],
  contact: { name: 'Ada Lee', first: 'Ada', address: { name: 'Ada Lee', address: 'ada@contoso.com' } },
  role: 'Data Analyst',
  company: 'Contoso',
  interviewDate: '2026-11-10',
  interviewTime: '14:00',
  candidateName: 'Grace Hopper',
  seedText: 'Interview for the Data Analyst position|grace@example.com',
  usDates: true,
};
