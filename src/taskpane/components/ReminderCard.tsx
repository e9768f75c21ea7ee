// "Remind me": the proposed calendar reminder and the button that opens it in Outlook's appointment form.
import { Button, Text } from '@fluentui/react-components';
import type { Analysis, ReminderProposal } from '../../core/types';
import { formatDateTime } from '../lib/format';
import { Section } from './Section';

/**
 * The reminder to offer: the core's proposal, and only that, so the pane and the ribbon's "Remind me" always
 * agree (ADVICE.md: a reminder for every `wait` and `follow-up`; none where there is nothing to come back to).
 */
export function reminderFor(analysis: Analysis): ReminderProposal | null {
  return analysis.reminder;
}

export interface ReminderCardProps {
  readonly reminder: ReminderProposal | null;
  readonly tz: string;
  readonly busy: boolean;
  readonly onRemind: (reminder: ReminderProposal) => Promise<void>;
}

export function ReminderCard({ reminder, tz, busy, onRemind }: ReminderCardProps) {
  return (
    <Section title="Reminder">
      {reminder ? (
        <>
          <Text>
            {reminder.subject}, {formatDateTime(reminder.start, tz)}
          </Text>
          <div>
            <Button disabled={busy} onClick={() => void onRemind(reminder)}>
              Remind me
            </Button>
          </div>
        </>
      ) : (
        <Text>Nothing to be reminded of for this thread.</Text>
      )}
    </Section>
  );
}
