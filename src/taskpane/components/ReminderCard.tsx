// "Remind me": the proposed calendar reminder and the button that opens it in Outlook's appointment form.
import { Button, Text } from '@fluentui/react-components';
import { reminderAhead, type ReminderTiming } from '../../core/drafts';
import type { Analysis, IsoDateTime, ReminderProposal } from '../../core/types';
import { formatDateTime } from '../lib/format';
import { Section } from './Section';

/**
 * The reminder to offer: the core's proposal, and only that, moved ahead of `now` where its time has passed
 * (reminderAhead, the rule the ribbon's "Remind me" applies too), so the pane and the ribbon always agree
 * (ADVICE.md: a reminder for every `wait` and `follow-up`; none where there is nothing to come back to).
 */
export function reminderFor(analysis: Analysis, now: IsoDateTime): ReminderTiming | null {
  return analysis.reminder ? reminderAhead(analysis.reminder, now, analysis.tz) : null;
}

export interface ReminderCardProps {
  readonly timing: ReminderTiming | null;
  readonly tz: string;
  /** Today in the user's zone: the year is written only where it is another. */
  readonly today?: string;
  readonly busy: boolean;
  /** False where this Outlook opens no appointment form (a phone): the day is given, no button offered. */
  readonly canRemind?: boolean;
  readonly onRemind: (reminder: ReminderProposal) => Promise<void>;
}

export function ReminderCard({ timing, tz, today, busy, canRemind = true, onRemind }: ReminderCardProps) {
  if (!timing)
    return (
      <Section title="Reminder">
        <Text>Nothing to be reminded of for this thread.</Text>
      </Section>
    );
  const { reminder } = timing;
  return (
    <Section title="Reminder">
      {/* When first, then the appointment's title in quotes: the title often ends in the thread's own subject,
          and run together with the date ("Send your thank-you: Interview confirmed: …, Tue, Dec 1") it read as
          one garbled line (issue 5). */}
      <Text>
        A calendar reminder on <strong>{formatDateTime(reminder.start, tz, undefined, today ?? null)}</strong>
        : “{reminder.subject}”.
      </Text>
      {timing.kind === 'moved' ? (
        // Say why the time differs from the day the advice names, so the two do not look contradictory.
        <Text size={200}>
          The day to act has come ({formatDateTime(timing.proposedStart, tz, undefined, today ?? null)} has
          passed), so the reminder is for the next time it can still ring.
        </Text>
      ) : null}
      {canRemind ? (
        <div>
          <Button disabled={busy} onClick={() => void onRemind(reminder)}>
            Remind me
          </Button>
        </div>
      ) : (
        <Text size={200}>
          This Outlook cannot create calendar items from an add-in: add it in your calendar.
        </Text>
      )}
    </Section>
  );
}
