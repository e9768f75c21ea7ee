// "Remind me": the proposed calendar reminder and the button that opens it in Outlook's appointment form.
import { Button, Text } from '@fluentui/react-components';
import type { Analysis, ReminderProposal } from '../../core/types';
import { formatDateTime } from '../lib/format';
import { zonedToIso } from '../lib/zonedTime';
import { Section } from './Section';

/**
 * The core's reminder, or, where it proposes none, a 15-minute one at 09:00 on the day the advice names
 * (nothing to remind of once the process is closed or the advice is to move on).
 */
export function reminderFor(analysis: Analysis, subject: string): ReminderProposal | null {
  if (analysis.reminder) return analysis.reminder;
  const r = analysis.recommendation;
  if (r.action === 'closed' || r.action === 'move-on' || r.action === 'set-interview-date') return null;
  const start = zonedToIso(r.on, '09:00', analysis.tz);
  const end = zonedToIso(r.on, '09:15', analysis.tz);
  if (!start || !end) return null;
  const topic = subject.trim() === '' ? 'your interview' : `“${subject.trim()}”`;
  return {
    subject: `Follow up: ${subject.trim() || 'interview'}`.slice(0, 255),
    start,
    end,
    body: `Follow-up Coach: time to act on ${topic}. Open the coach on the thread for the draft.`,
  };
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
