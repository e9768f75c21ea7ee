// "Before you send" (issue 16): in a message being written, what the send check finds in it, each finding in
// one sentence; where it is too early and this Outlook can (Mailbox 1.13), delivery on the day the advice gives.
// The Smart Alerts dialog's button opens the pane here (Mailbox 1.14).
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { checkSend, type SendCheck } from '../../../core/sendCheck';
import { monthFirstZone, resolveZone, weekdayDayMonth, zonedDateTimeToIso } from '../../../core/time';
import type { Overrides } from '../../../core/types';
import type { ItemContext } from '../../../office/types';
import { useServices } from '../../services';
import { Section } from '../Section';

/** The hour a delayed message goes out on its day, in the user's zone (the start of a working day). */
export const DELIVERY_TIME = '09:00';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface SendCheckReviewProps {
  readonly item: ItemContext;
  readonly overrides: Overrides;
}

export function SendCheckReview({ item, overrides }: SendCheckReviewProps) {
  const styles = useStyles();
  const { host } = useServices();
  const [current, setCurrent] = useState(item);
  const [check, setCheck] = useState<SendCheck | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const message = current.input.messages.at(-1);
    if (message === undefined || message.kind !== 'fields') return;
    checkSend(
      { message },
      { now: host.now(), tz: current.tz, overrides, ...(current.me ? { me: current.me } : {}) },
    )
      .then((result) => live && setCheck(result))
      .catch(() => live && setCheck(null));
    return () => {
      live = false;
    };
  }, [host, current, overrides]);

  const again = useCallback(async () => {
    const read = await host.readItem();
    if (read.ok) setCurrent(read.value);
    setStatus(read.ok ? 'Checked again.' : read.error.message);
  }, [host]);

  if (check === null || check.findings.length === 0) return null;
  const zone = resolveZone(current.tz).zone;
  const sendOn = check.sendOn;
  const canDelay = sendOn !== null && host.sendCheck?.canDelay() === true;
  const deliver = async (): Promise<void> => {
    if (sendOn === null || host.sendCheck === undefined) return;
    const done = await host.sendCheck.delayDelivery(zonedDateTimeToIso(sendOn, DELIVERY_TIME, zone));
    setStatus(
      done.ok
        ? `It will be delivered on ${weekdayDayMonth(sendOn, undefined, monthFirstZone(zone))} at 9:00 once you press Send.`
        : done.error.message,
    );
  };

  return (
    <Section title="Before you send">
      <ul className={styles.list} data-testid="send-check-findings">
        {check.findings.map((f, i) => (
          <li key={`${f.issue}-${i}`} data-issue={f.issue}>
            <Text>{f.message}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        {canDelay && sendOn !== null ? (
          <Button appearance="primary" onClick={() => void deliver()}>
            Deliver it on {weekdayDayMonth(sendOn, undefined, monthFirstZone(zone))} instead
          </Button>
        ) : null}
        <Button onClick={() => void again()}>Check again</Button>
      </div>
      {status !== null ? (
        <Text size={200} role="status">
          {status}
        </Text>
      ) : null}
    </Section>
  );
}
