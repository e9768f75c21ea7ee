// What the user saved (Overrides) comes back from a settings store that other versions, other clients and
// corruption also write. One validator, used by analyze() and by the settings reader (src/office), keeps each
// field that is a real value and drops the rest with a warning: one bad field never costs the others, and no
// stored value can make analyze() throw.
import type { Overrides, Warning } from './types';
import { isIsoDate, readInstant } from './time';
import { outputLine } from './drafts';

/** Years a saved date may name: an interview in year 0001 or 9999 is a corrupt value, not a plan. */
export const OVERRIDE_YEARS = { min: 1900, max: 2100 } as const;
/** A follow-up list longer than this is not something a user typed. */
export const MAX_FOLLOW_UPS_ELSEWHERE = 20;
/** An interview lasts at most a day. */
const MAX_INTERVIEW_MINUTES = 24 * 60;

type Field = keyof Overrides;

/** The names the core reads; anything else in a stored record is another version's and is not ours to judge. */
export const OVERRIDE_FIELDS: readonly Field[] = [
  'interviewStart',
  'interviewMinutes',
  'ignoreTimeline',
  'followUpsElsewhere',
  'snoozeUntil',
];

const WHAT: Readonly<Record<Field, string>> = {
  interviewStart: 'The interview date you set',
  interviewMinutes: 'The interview length you set',
  ignoreTimeline: 'Your choice to ignore the employer’s timeline',
  followUpsElsewhere: 'A follow-up you marked as sent elsewhere',
  snoozeUntil: 'The snooze date you set',
};

const inYears = (year: number): boolean => year >= OVERRIDE_YEARS.min && year <= OVERRIDE_YEARS.max;

/** An ISO 8601 instant with a zone (Z or an offset), a real date and time, in OVERRIDE_YEARS. */
export function isStoredInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64) return false;
  return readInstant(value) !== null && inYears(Number(value.trim().slice(0, 4)));
}

/** A real calendar date written `YYYY-MM-DD`, in OVERRIDE_YEARS ("2026-02-30" is not one). */
export function isStoredDate(value: unknown): value is string {
  return typeof value === 'string' && isIsoDate(value) && inYears(Number(value.slice(0, 4)));
}

const isMinutes = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_INTERVIEW_MINUTES;

/** The stored value as the warning shows it: short, one line, no control characters. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  const clean = outputLine(text);
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

function invalid(field: Field, value: unknown): Warning {
  return {
    code: 'invalid-override',
    message: `${WHAT[field]} could not be used ("${shown(value)}" is not a valid value), so it was ignored.`,
  };
}

export interface CheckedOverrides {
  /** Only the fields that are real values. */
  readonly overrides: Overrides;
  readonly warnings: readonly Warning[];
}

/**
 * Keeps each field that is valid and drops the rest, each with a warning. Unknown fields are left out
 * silently (the settings store keeps them for the version that wrote them). Never throws.
 * @example validateOverrides({ snoozeUntil: '2026-13-40', ignoreTimeline: true }).overrides // { ignoreTimeline: true }
 */
export function validateOverrides(value: unknown): CheckedOverrides {
  if (value === undefined || value === null) return { overrides: {}, warnings: [] };
  if (typeof value !== 'object' || Array.isArray(value))
    return {
      overrides: {},
      warnings: [
        { code: 'invalid-override', message: 'Your saved changes for this thread could not be read.' },
      ],
    };
  const raw = value as Readonly<Record<string, unknown>>;
  const warnings: Warning[] = [];
  const out: { -readonly [K in Field]?: Overrides[K] } = {};
  const has = (field: Field): boolean =>
    Object.prototype.hasOwnProperty.call(raw, field) && raw[field] !== undefined;

  if (has('interviewStart')) {
    if (isStoredInstant(raw['interviewStart'])) out.interviewStart = raw['interviewStart'];
    else warnings.push(invalid('interviewStart', raw['interviewStart']));
  }
  if (has('interviewMinutes')) {
    if (isMinutes(raw['interviewMinutes'])) out.interviewMinutes = raw['interviewMinutes'];
    else warnings.push(invalid('interviewMinutes', raw['interviewMinutes']));
  }
  if (has('ignoreTimeline')) {
    if (typeof raw['ignoreTimeline'] === 'boolean') out.ignoreTimeline = raw['ignoreTimeline'];
    else warnings.push(invalid('ignoreTimeline', raw['ignoreTimeline']));
  }
  if (has('followUpsElsewhere')) {
    const list = raw['followUpsElsewhere'];
    if (!Array.isArray(list)) warnings.push(invalid('followUpsElsewhere', list));
    else {
      const kept = list.slice(0, MAX_FOLLOW_UPS_ELSEWHERE);
      const good = kept.filter(isStoredInstant);
      // One warning for the list, naming the first bad item.
      const bad = kept.find((item) => !isStoredInstant(item));
      if (bad !== undefined || good.length < kept.length) warnings.push(invalid('followUpsElsewhere', bad));
      if (good.length > 0) out.followUpsElsewhere = good;
    }
  }
  if (has('snoozeUntil')) {
    if (isStoredDate(raw['snoozeUntil'])) out.snoozeUntil = raw['snoozeUntil'];
    else warnings.push(invalid('snoozeUntil', raw['snoozeUntil']));
  }
  return { overrides: out, warnings };
}
