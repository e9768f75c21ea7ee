// Whether a message reads as mail to a candidate about their own application (issue 13): a learned signal beside
// the phrase rules. Sixteen passes of held-out rounds showed the phrase lists always a kind of mail behind (the
// reader as employee, interviewer, referee, tenant, patient; a friend's interview; an interview in another sense),
// while the words of a whole message tell most of those apart. The weights are a logistic regression over the
// message's words and word pairs, trained on the English rounds' rows (scripts/train-candidate-gate.ts), so a person
// can read which words count for and against. Pure: no clock, no I/O.

/** A trained model: the bias and each feature's weight, grouped by weight so the table stays readable. */
export interface GateModel {
  readonly bias: number;
  /** [weight, features]: a feature is a lower-case word or two words joined by one space. */
  readonly weights: readonly (readonly [number, readonly string[]])[];
  /** The rows it was trained on: their count and a hash of their text and label (to see when it is stale). */
  readonly trainedOn: { readonly rows: number; readonly hash: string };
}

const WORD = /\p{L}+/gu;

/** A message's features: its distinct lower-case words and pairs of neighbouring words. */
export function gateFeatures(text: string): readonly string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  const features = new Set<string>(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i] ?? ''} ${words[i + 1] ?? ''}`);
  return [...features];
}

const tables = new WeakMap<GateModel, ReadonlyMap<string, number>>();

function tableOf(model: GateModel): ReadonlyMap<string, number> {
  const known = tables.get(model);
  if (known !== undefined) return known;
  const table = new Map<string, number>();
  for (const [weight, features] of model.weights) for (const f of features) table.set(f, weight);
  tables.set(model, table);
  return table;
}

/** The model's log-odds that `text` is mail to a candidate about their application. */
export function gateScore(text: string, model: GateModel): number {
  const table = tableOf(model);
  let z = model.bias;
  for (const f of gateFeatures(text)) z += table.get(f) ?? 0;
  return z;
}

/**
 * The log-odds below which a message's findings are dropped. Where the message names a job in words of its own
 * (an application, a role, a recruiter: `jobWords`), only a message the words are sure of loses its findings; where
 * its only job word is "interview", or none, a doubtful one does. Chosen on two sets the weights never saw: the
 * sixteenth pass's first runs (rounds 640–900 read by a model trained on the rounds before 640: negatives left empty
 * .80 → .90, F1 .825 → .867, no finding lost) and the employers' messages of the held-out threads (r2–r79, each read
 * alone: 0.5% of those with a finding would lose it; in their threads, none).
 */
export const GATE_THRESHOLD = { jobWords: -6, otherwise: -3 } as const;

/**
 * The fewest words the gate judges: a sentence or two alone ("Can you do Tuesday at 3pm?") says too little of what
 * the mail is about, and the phrase rules judge it alone. (Of the held-out threads' employer messages with a finding,
 * read alone, 0.5% of those this long would lose it, 1.3% from 20 words.)
 */
export const GATE_MIN_WORDS = 30;

/** Whether `text` has words enough for the gate to judge it. */
export function gateJudges(text: string): boolean {
  return (text.match(WORD) ?? []).length >= GATE_MIN_WORDS;
}

/** Whether the words of `text` say it is no mail to a candidate about their application. */
export function notCandidateMail(text: string, jobWords: boolean, model: GateModel): boolean {
  if (!gateJudges(text)) return false;
  return gateScore(text, model) < (jobWords ? GATE_THRESHOLD.jobWords : GATE_THRESHOLD.otherwise);
}
