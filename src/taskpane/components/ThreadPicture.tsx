// A small picture of the thread on one time axis: the interview, each message, the promised window, today and
// the next action. Plain divs placed by percentage, coloured with tokens; the same facts are given as text
// (role="img" with a label, and a visible legend) for screen readers and for high-contrast themes.
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Analysis, IsoDate } from '../../core/types';
import { formatDate } from '../lib/format';
import { dateInZone, daysFrom } from '../lib/zonedTime';
import { Section } from './Section';

const useStyles = makeStyles({
  track: {
    position: 'relative',
    height: '40px',
    marginInline: tokens.spacingHorizontalS,
  },
  // The axis line through the middle of the track.
  axis: {
    position: 'absolute',
    left: 0,
    right: 0,
    top: '19px',
    height: tokens.strokeWidthThin,
    backgroundColor: tokens.colorNeutralStroke1,
  },
  // The promised window, a band under the axis.
  window: {
    position: 'absolute',
    top: '14px',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteGreenBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`,
  },
  mark: {
    position: 'absolute',
    width: '10px',
    height: '10px',
    marginLeft: '-5px',
    borderRadius: tokens.borderRadiusCircular,
    top: '15px',
    // A transparent stroke keeps the marks visible in Windows high-contrast mode, where backgrounds are dropped.
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  interview: {
    backgroundColor: tokens.colorBrandBackground,
    width: '14px',
    height: '14px',
    top: '13px',
    marginLeft: '-7px',
  },
  candidate: { backgroundColor: tokens.colorNeutralForeground3 },
  employer: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  // Today and the next action are vertical ticks across the track, so they stay visible over dots.
  today: {
    width: tokens.strokeWidthThick,
    height: '40px',
    top: 0,
    marginLeft: 0,
    borderRadius: 0,
    backgroundColor: tokens.colorNeutralForeground1,
  },
  next: {
    width: tokens.strokeWidthThick,
    height: '40px',
    top: 0,
    marginLeft: 0,
    borderRadius: 0,
    backgroundColor: tokens.colorPaletteRedBorder2,
  },
  // The legend doubles as the picture's key: each entry starts with its mark's shape and colour, so a sighted
  // user can tell the red tick (next step) from the dark one (today) without hovering (issue 5).
  legend: { margin: 0, padding: 0, listStyleType: 'none', color: tokens.colorNeutralForeground2 },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  key: {
    flexShrink: 0,
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid transparent`,
    boxSizing: 'border-box',
  },
  keyTick: { width: tokens.strokeWidthThick, height: '14px', borderRadius: 0, marginInline: '4px' },
  keyWindow: {
    width: '14px',
    height: '8px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteGreenBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`,
  },
  fillInterview: { backgroundColor: tokens.colorBrandBackground },
  fillCandidate: { backgroundColor: tokens.colorNeutralForeground3 },
  fillEmployer: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  fillToday: { backgroundColor: tokens.colorNeutralForeground1 },
  fillNext: { backgroundColor: tokens.colorPaletteRedBorder2 },
});

type MarkKind = 'interview' | 'candidate' | 'employer' | 'today' | 'next';

interface Mark {
  readonly kind: MarkKind;
  readonly date: IsoDate;
  readonly label: string;
}

// Within one day: messages and the interview by their instant; then today; then the next step (which is never
// before now). A thank-you sent the evening of the interview is listed after the interview.
const TODAY_ORDER = Number.MAX_SAFE_INTEGER - 1;
const NEXT_ORDER = Number.MAX_SAFE_INTEGER;

const instantOrder = (iso: string | null): number => {
  const ms = iso === null ? NaN : Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

/** Every dated point of the picture, oldest first (pure, exported for tests). */
export function pictureMarks(analysis: Analysis, today: IsoDate): readonly Mark[] {
  const marks: (Mark & { readonly order: number })[] = [];
  for (const m of analysis.messages) {
    const date = m.sentAt ? dateInZone(m.sentAt, analysis.tz) : null;
    if (date)
      marks.push({
        kind: m.role === 'candidate' ? 'candidate' : 'employer',
        date,
        order: instantOrder(m.sentAt),
        label: `${m.role === 'candidate' ? 'Your message' : m.automatic ? 'Automatic reply' : 'Employer message'}, ${formatDate(date)}`,
      });
  }
  if (analysis.interview)
    marks.push({
      kind: 'interview',
      date: analysis.interview.date,
      order: instantOrder(analysis.interview.start),
      label: `Interview, ${formatDate(analysis.interview.date)}`,
    });
  marks.push({ kind: 'today', date: today, order: TODAY_ORDER, label: `Today, ${formatDate(today)}` });
  const r = analysis.recommendation;
  if (r.action !== 'closed' && r.action !== 'move-on' && r.action !== 'set-interview-date')
    marks.push({ kind: 'next', date: r.on, order: NEXT_ORDER, label: `Next step, ${formatDate(r.on)}` });
  return [...marks]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order))
    .map(({ kind, date, label }) => ({ kind, date, label }));
}

const FILLS = {
  interview: 'fillInterview',
  candidate: 'fillCandidate',
  employer: 'fillEmployer',
  today: 'fillToday',
  next: 'fillNext',
} as const satisfies Record<MarkKind, string>;

export function ThreadPicture({ analysis, today }: { readonly analysis: Analysis; readonly today: IsoDate }) {
  const styles = useStyles();
  const marks = pictureMarks(analysis, today);
  const timeline = analysis.timeline;
  const windowStart = timeline ? analysis.messages[timeline.evidence.message]?.sentAt : null;
  const windowFrom = windowStart ? dateInZone(windowStart, analysis.tz) : null;
  const dates = [
    ...marks.map((m) => m.date),
    ...(timeline ? [timeline.by] : []),
    ...(windowFrom ? [windowFrom] : []),
  ].sort();
  const first = dates[0] ?? today;
  const span = Math.max(1, daysFrom(first, dates[dates.length - 1] ?? today) ?? 1);
  const at = (date: IsoDate) => `${(Math.min(span, Math.max(0, daysFrom(first, date) ?? 0)) / span) * 100}%`;
  const windowText =
    timeline && windowFrom
      ? `Promised answer window, ${formatDate(windowFrom)} to ${formatDate(timeline.by)}`
      : null;
  const summary = [...marks.map((m) => m.label), ...(windowText ? [windowText] : [])].join('; ');

  return (
    <Section title="Thread at a glance">
      <div className={styles.track} role="img" aria-label={summary}>
        <div className={styles.axis} />
        {timeline && windowFrom ? (
          <div
            className={styles.window}
            style={{ left: at(windowFrom), width: `calc(${at(timeline.by)} - ${at(windowFrom)})` }}
          />
        ) : null}
        {marks.map((m, i) => (
          <div
            key={i}
            className={mergeClasses(styles.mark, styles[m.kind])}
            data-kind={m.kind}
            style={{ left: at(m.date) }}
            title={m.label}
          />
        ))}
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {marks.map((m, i) => (
          <li key={i} className={styles.legendItem}>
            <span
              className={mergeClasses(
                styles.key,
                (m.kind === 'today' || m.kind === 'next') && styles.keyTick,
                styles[FILLS[m.kind]],
              )}
              data-kind={m.kind}
            />
            <Text size={200}>{m.label}</Text>
          </li>
        ))}
        {windowText ? (
          <li className={styles.legendItem}>
            <span className={mergeClasses(styles.key, styles.keyWindow)} data-kind="window" />
            <Text size={200}>{windowText}</Text>
          </li>
        ) : null}
      </ul>
    </Section>
  );
}
