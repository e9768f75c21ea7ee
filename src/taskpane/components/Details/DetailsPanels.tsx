// Everything the first screen does not need (issue 12), behind one Fluent Accordion: why, in full, with the
// evidence; the interview; the employer's timeline in their words; the thread picture; the reminder; what the
// user did elsewhere. Loaded on demand (React.lazy in Details.tsx): the first screen does not wait for it.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ReminderTiming } from '../../../core/drafts';
import type { Analysis, Overrides, ReminderProposal } from '../../../core/types';
import { EmployerTimeline } from '../EmployerTimeline';
import { InterviewEditor } from '../InterviewEditor/InterviewEditor';
import { OverridesCard } from '../OverridesCard';
import { needsNoCallsLine } from '../RecommendationCard';
import { ReminderCard } from '../ReminderCard';
import { InDisclosure } from '../Section';
import { ThreadPicture } from '../ThreadPicture';

const useStyles = makeStyles({
  panel: { paddingBlockEnd: tokens.spacingVerticalM, minWidth: 0 },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface DetailsPanelsProps {
  readonly analysis: Analysis;
  readonly overrides: Overrides;
  readonly today: string;
  readonly now: string;
  readonly busy: boolean;
  /** The interview editor is in the first screen already where the advice asks for the date. */
  readonly interviewAbove: boolean;
  readonly timing: ReminderTiming | null;
  /** False where this Outlook opens no appointment form (a phone): the reminder is then described only. */
  readonly canRemind: boolean;
  readonly onSave: (next: Overrides, what: string) => Promise<void>;
  readonly onRemind: (reminder: ReminderProposal) => Promise<void>;
}

function Item({ value, title, children }: { value: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h2" expandIconPosition="end">
        {title}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <InDisclosure.Provider value>{children}</InDisclosure.Provider>
      </AccordionPanel>
    </AccordionItem>
  );
}

export default function DetailsPanels(props: DetailsPanelsProps) {
  const styles = useStyles();
  const { analysis, overrides, today, now, busy, onSave } = props;
  const r = analysis.recommendation;
  return (
    <Accordion multiple collapsible data-testid="details">
      <Item value="why" title="Why this advice">
        <ul className={styles.reasons} data-testid="reasons">
          {r.reasons.map((reason, i) => (
            <li key={i}>
              <Text>{reason}</Text>
            </li>
          ))}
        </ul>
        {needsNoCallsLine(analysis) ? (
          <Text>No phone call: the employer asked candidates not to call.</Text>
        ) : null}
      </Item>
      {props.interviewAbove ? null : (
        <Item value="interview" title="Interview date">
          <InterviewEditor
            analysis={analysis}
            overrides={overrides}
            today={today}
            busy={busy}
            onSave={onSave}
          />
        </Item>
      )}
      <Item value="timeline" title="The employer's timeline">
        <EmployerTimeline analysis={analysis} overrides={overrides} busy={busy} onSave={onSave} />
      </Item>
      <Item value="picture" title="The thread at a glance">
        <ThreadPicture analysis={analysis} today={today} />
      </Item>
      <Item value="reminder" title="Reminder">
        <ReminderCard
          timing={props.timing}
          tz={analysis.tz}
          today={today}
          busy={busy}
          canRemind={props.canRemind}
          onRemind={props.onRemind}
        />
      </Item>
      <Item value="elsewhere" title="Already in touch? Snooze">
        <OverridesCard
          overrides={overrides}
          tz={analysis.tz}
          now={now}
          today={today}
          busy={busy}
          onSave={onSave}
        />
      </Item>
    </Accordion>
  );
}
