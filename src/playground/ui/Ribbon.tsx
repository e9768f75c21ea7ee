// The add-in's ribbon group as the manifest declares it (read surface: "Open coach", "Draft follow-up",
// "Remind me"; compose surface: "Insert follow-up" and the pane), plus the status Outlook shows while a
// function command runs ("… is working on your request") until it calls event.completed().
import type { CommandRun } from '../host/playgroundHost';

export type CommandName = 'draftFollowUp' | 'proposeReminder' | 'insertFollowUp';

interface RibbonProps {
  readonly surface: 'read' | 'compose';
  readonly disabled: boolean;
  readonly onOpenPane: () => void;
  readonly onCommand: (name: CommandName) => void;
}

export function Ribbon(props: RibbonProps) {
  const label = props.surface === 'read' ? 'Follow-up Coach (reading)' : 'Follow-up Coach (compose)';
  return (
    <div className="ribbon" role="toolbar" aria-label={label}>
      <span className="ribbon-group-label">Follow-up Coach</span>
      <button type="button" onClick={props.onOpenPane} disabled={props.disabled}>
        Open coach
      </button>
      {props.surface === 'read' ? (
        <>
          <button type="button" onClick={() => props.onCommand('draftFollowUp')} disabled={props.disabled}>
            Draft follow-up
          </button>
          <button type="button" onClick={() => props.onCommand('proposeReminder')} disabled={props.disabled}>
            Remind me
          </button>
        </>
      ) : (
        <button type="button" onClick={() => props.onCommand('insertFollowUp')} disabled={props.disabled}>
          Insert follow-up
        </button>
      )}
    </div>
  );
}

const STATE_TEXT: Readonly<Record<CommandRun['state'], string>> = {
  working: 'Follow-up Coach is working on your request…',
  completed: 'completed',
  failed: 'failed before calling event.completed()',
  'not-registered': 'not registered',
};

export function CommandStatus(props: { readonly run: CommandRun | undefined }) {
  const run = props.run;
  return (
    <div
      className="command-status"
      role="status"
      data-testid="command-status"
      data-state={run?.state ?? 'idle'}
    >
      {run === undefined
        ? ''
        : run.state === 'working'
          ? STATE_TEXT.working
          : `${run.name}: ${STATE_TEXT[run.state]}${run.error ? ` (${run.error})` : ''}`}
    </div>
  );
}
