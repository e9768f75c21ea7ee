// The candidate-mail gate (candidateMail.ts): the words of a whole message, or of its thread, say whether the phrase
// rules' findings are about the reader's own application. Its weights are trained on the tables
// (scripts/train-candidate-gate.ts); these rows are messages of my own that no table holds.
import assert from 'node:assert/strict';
import { extractFindings, type ExtractOptions } from '../../../src/core/extract';
import {
  GATE_MIN_WORDS,
  gateFeatures,
  gateScore,
  notCandidateMail,
} from '../../../src/core/extract/candidateMail';
import { CANDIDATE_GATE_EN } from '../../../src/core/extract/phrases/candidateWeights.en';
import type { Findings } from '../../../src/core/types';
import { englishRows, rowsHash, trainGate } from '../../../scripts/train-candidate-gate';
import { thread as build } from '../advice/build';

const OPTIONS: ExtractOptions = { tz: 'Europe/London' };
const SENT = '2029-03-05T09:00:00+00:00'; // a Monday

const count = (f: Findings): number =>
  f.interviews.length + f.timelines.length + f.noContactBefore.length + f.noCalls.length + f.outcomes.length;

/** What the thread of one employer message finds, alone or under a line of the reader's own. */
function read(text: string, subject: string, readerWrote: boolean): number {
  const employer = { role: 'employer' as const, at: SENT, text, automatic: false, subject };
  const reader = {
    role: 'candidate' as const,
    at: '2029-03-04T18:00:00+00:00',
    text: 'Thanks, noted.',
    automatic: false,
    subject,
  };
  return count(extractFindings(build(readerWrote ? [reader, employer] : [employer]), OPTIONS));
}

// Mail about something else whose sentences the phrase rules read as a slot or a promise: the gate drops them.
const ABOUT_SOMETHING_ELSE: readonly (readonly [subject: string, text: string])[] = [
  [
    'Plot inspection',
    "Hi Ellen,\n\nThe allotment committee will walk round the plots on Saturday at 10am. Please make sure your shed is locked and the paths are clear. We'll post the inspection results on the noticeboard within a week.\n\nRegards,\nBill",
  ],
  [
    'Monday',
    "Hi Noor,\n\nCan you make the residents' association meeting on Monday at 7pm? We're voting on the new bin rota, and I'll circulate the minutes by the following Friday.\n\nThanks,\nGeorge",
  ],
];

// Mail to a candidate about their application: the gate keeps what the rules find.
const TO_A_CANDIDATE: readonly (readonly [subject: string, text: string])[] = [
  [
    'Final interview',
    'Dear Ms Osei,\n\nThank you for interviewing with us for the Finance Analyst role. We were impressed and would like to invite you to a final interview with our CFO on Tuesday 12 March at 10:00 at our Accra office. Please confirm by reply.\n\nKind regards,\nAma Boateng\nTalent Acquisition',
  ],
  [
    'Next steps',
    "Hi Jonas,\n\nGreat speaking with you this morning about the Backend Engineer position. I've shared your notes with the hiring manager and we'll get back to you with next steps by Friday. Let me know if anything comes up before then.\n\nBest,\nLeah, Recruiter",
  ],
];

describe('extract: the candidate-mail gate', () => {
  for (const [subject, text] of ABOUT_SOMETHING_ELSE)
    it(`drops what the rules find in ${JSON.stringify(subject)}, unless the reader wrote in the thread`, () => {
      assert.equal(read(text, subject, false), 0);
      assert.ok(read(text, subject, true) > 0, 'the rules find something the gate then drops');
    });

  for (const [subject, text] of TO_A_CANDIDATE)
    it(`keeps what the rules find in ${JSON.stringify(subject)}`, () => {
      assert.ok(read(text, subject, false) > 0);
      assert.equal(notCandidateMail(text, true, CANDIDATE_GATE_EN), false);
      assert.equal(notCandidateMail(text, false, CANDIDATE_GATE_EN), false);
    });

  it('never judges a sentence or two: the phrase rules judge those alone', () => {
    const short = 'Your MOT is booked for Friday at 10:30am; we will call you by 5pm.';
    assert.ok((short.match(/\p{L}+/gu) ?? []).length < GATE_MIN_WORDS);
    assert.ok(gateScore(short, CANDIDATE_GATE_EN) < 0);
    assert.equal(notCandidateMail(short, false, CANDIDATE_GATE_EN), false);
  });

  it('reads words and neighbouring pairs, in lower case, across punctuation', () => {
    assert.deepEqual([...gateFeatures('Hiring Manager, Jo.')].sort(), [
      'hiring',
      'hiring manager',
      'jo',
      'manager',
      'manager jo',
    ]);
  });

  it('never throws on any string', () => {
    for (const text of ['', '\u0000\ud800', 'a'.repeat(2_000_000), 'é '.repeat(100_000), '🙂 interview 🙂'])
      assert.equal(typeof gateScore(text, CANDIDATE_GATE_EN), 'number');
  });

  it('learns which words count for and against from labelled rows', () => {
    const rows = [
      ...['your interview is confirmed', 'thanks for your interview', 'your interview with our team'].map(
        (text) => ({ text, positive: true }),
      ),
      ...['your order is confirmed', 'thanks for your order', 'your order with our shop'].map((text) => ({
        text,
        positive: false,
      })),
    ];
    const model = trainGate(rows);
    assert.ok(gateScore('your interview', model) > 0);
    assert.ok(gateScore('your order', model) < 0);
    assert.equal(model.trainedOn.rows, rows.length);
  });

  it("is trained on today's tables (else run `npm run train:gate`)", async () => {
    const rows = await englishRows();
    assert.equal(
      `${CANDIDATE_GATE_EN.trainedOn.rows} rows, ${CANDIDATE_GATE_EN.trainedOn.hash}`,
      `${rows.length} rows, ${rowsHash(rows)}`,
    );
  });
});
