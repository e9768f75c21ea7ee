// The send check's switch (issue 16): on by default, saved in roamingSettings, read by the OnMessageSend
// handler. Where Outlook runs no add-in on Send (no Mailbox 1.12) it says so, and everything else still works.
import { makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useServices } from '../../services';
import { Section } from '../Section';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function SendCheckSetting() {
  const styles = useStyles();
  const sendCheck = useServices().host.sendCheck;
  const [enabled, setEnabled] = useState(() => sendCheck?.enabled() ?? true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (sendCheck === undefined) return null;
  const supported = sendCheck.supported();

  const change = async (next: boolean): Promise<void> => {
    setEnabled(next);
    setSaving(true);
    setError(null);
    const saved = await sendCheck.setEnabled(next);
    setSaving(false);
    if (!saved.ok) {
      setEnabled(!next);
      setError(`The setting could not be saved: ${saved.error.message}`);
    }
  };

  return (
    <Section title="Check before Send">
      <Switch
        checked={enabled}
        disabled={!supported || saving}
        label="Take a second look at my mail when I press Send"
        data-testid="send-check-switch"
        onChange={(_, data) => void change(data.checked)}
      />
      <Text size={200} className={styles.hint}>
        {supported
          ? 'When a message to an employer is early, a third nudge, proposes a call they asked you not to make, greets the wrong name or still has a [placeholder], Outlook shows why and lets you send anyway. Other mail goes at once. It reads only the message being sent and the thread it quotes, on your device.'
          : 'This Outlook does not run add-ins when you press Send (it needs Mailbox 1.12); everything else in the coach works.'}
      </Text>
      {error !== null ? (
        <Text size={200} role="alert" className={styles.error}>
          {error}
        </Text>
      ) : null}
    </Section>
  );
}
