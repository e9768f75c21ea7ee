// What the user did outside this thread, and "not now": each beats what the mail says (ADVICE.md "Inputs").
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Overrides } from '../../core/types';
import { formatDate, formatDateTime } from '../lib/format';
import { Section } from './Section';

const useStyles = makeStyles({
  // Wrap rather than overflow in a 320 px pane.
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface OverridesCardProps {
  readonly overrides: Overrides;
  readonly tz: string;
  readonly now: string;
  readonly today: string;
  readonly busy: boolean;
  readonly onSave: (next: Overrides, what: string) => Promise<void>;
}

export function OverridesCard({ overrides, tz, now, today, busy, onSave }: OverridesCardProps) {
  const styles = useStyles();
  const [snooze, setSnooze] = useState('');
  const elsewhere = overrides.followUpsElsewhere ?? [];
  const addElsewhere = (what: string) =>
    void onSave({ ...overrides, followUpsElsewhere: [...elsewhere, now] }, what);
  const { followUpsElsewhere: _f, ...withoutElsewhere } = overrides;
  const { snoozeUntil: _s, ...withoutSnooze } = overrides;
  const snoozeValid = /^\d{4}-\d{2}-\d{2}$/.test(snooze) && snooze > today;

  return (
    <Section title="Already in touch?">
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => addElsewhere('Noted: you called')}>
          I called already
        </Button>
        <Button disabled={busy} onClick={() => addElsewhere('Noted: follow-up sent from another account')}>
          I sent a follow-up from another account
        </Button>
      </div>
      {elsewhere.length > 0 ? (
        <>
          <Text>Follow-ups you made outside this thread:</Text>
          <ul className={styles.list}>
            {elsewhere.map((at, i) => (
              <li key={i}>
                <Text>{formatDateTime(at, tz)}</Text>
              </li>
            ))}
          </ul>
          <div>
            <Button size="small" disabled={busy} onClick={() => void onSave(withoutElsewhere, 'Cleared')}>
              Forget these
            </Button>
          </div>
        </>
      ) : null}
      {overrides.snoozeUntil ? (
        <div className={styles.buttons}>
          <Text>Snoozed until {formatDate(overrides.snoozeUntil)}.</Text>
          <Button size="small" disabled={busy} onClick={() => void onSave(withoutSnooze, 'Snooze ended')}>
            Stop snoozing
          </Button>
        </div>
      ) : (
        <div className={styles.buttons}>
          <Field label="Snooze until">
            <Input type="date" min={today} value={snooze} onChange={(_e, d) => setSnooze(d.value)} />
          </Field>
          <Button
            disabled={busy || !snoozeValid}
            onClick={() =>
              void onSave({ ...overrides, snoozeUntil: snooze }, `Snoozed until ${formatDate(snooze)}`)
            }
          >
            Snooze
          </Button>
        </div>
      )}
    </Section>
  );
}
