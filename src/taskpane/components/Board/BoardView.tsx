// The "Applications" view (issue 15): every recorded application, most urgent first, each with what to do and
// when, and its actions; the board's exports below. Mail text (company, role, subject) is rendered as text.
import { Button, Link, Spinner, Text, mergeClasses } from '@fluentui/react-components';
// One icon, imported from its own module so the bundle carries no other icon.
import { DeleteRegular } from '@fluentui/react-icons/svg/delete';
import type { BoardRow } from '../../../core/board';
import { NoticeBar } from '../NoticeBar';
import { Section } from '../Section';
import type { BoardViewModel } from './useBoard';
import { useBoardStyles } from './useBoardStyles.styles';

/** "Contoso — Senior Product Designer", else whatever names the thread. */
export function rowTitle(row: BoardRow): string {
  const parts = [row.company, row.role].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(' — ') : row.subject || 'An application';
}

function Row({ row, vm }: { readonly row: BoardRow; readonly vm: BoardViewModel }) {
  const styles = useBoardStyles();
  const title = rowTitle(row);
  const finished = row.status === 'closed' || row.action === 'closed' || row.action === 'move-on';
  return (
    <li
      aria-label={`${title}: ${row.label}`}
      className={mergeClasses(
        styles.row,
        row.due && row.overdue && styles.due,
        row.due && !row.overdue && styles.today,
        finished && styles.finished,
      )}
    >
      <Text weight="semibold">{title}</Text>
      <Text className={styles.stage}>{row.label}</Text>
      {row.contact ? (
        <Text size={200} className={styles.meta}>
          {row.contact.name ?? row.contact.address}
        </Text>
      ) : null}
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={vm.busy || row.itemId === null}
          aria-label={`Open the thread: ${title}`}
          onClick={() => void vm.actions.open(row)}
        >
          Open thread
        </Button>
        {row.reminder !== null ? (
          <Button
            size="small"
            disabled={vm.busy}
            aria-label={`Remind me: ${title}`}
            onClick={() => void vm.actions.remind(row)}
          >
            Remind me
          </Button>
        ) : null}
        {row.status === 'closed' ? (
          <Button
            size="small"
            disabled={vm.busy}
            aria-label={`Reopen: ${title}`}
            onClick={() => void vm.actions.change(row, 'reopen')}
          >
            Reopen
          </Button>
        ) : row.action === 'closed' ? null : (
          <Button
            size="small"
            disabled={vm.busy}
            aria-label={`Mark closed: ${title}`}
            onClick={() => void vm.actions.change(row, 'close')}
          >
            Mark closed
          </Button>
        )}
        {/* An icon, so the row's actions keep to one line in a 350 px pane; its name says what it does. */}
        <Button
          size="small"
          appearance="subtle"
          className={styles.remove}
          icon={<DeleteRegular />}
          disabled={vm.busy}
          aria-label={`Remove: ${title}`}
          title="Remove from the board"
          onClick={() => void vm.actions.change(row, 'remove')}
        />
      </div>
    </li>
  );
}

export function BoardView({ vm }: { readonly vm: BoardViewModel }) {
  const styles = useBoardStyles();
  const { state, rows, notice, exports } = vm;
  return (
    <main className={styles.root} aria-label="Applications">
      <div role="status" aria-live="polite">
        {notice ? (
          <NoticeBar
            intent={notice.intent}
            title={notice.title}
            message={notice.message}
            {...(notice.offer?.kind === 'ics'
              ? {
                  actions: (
                    <Link href={notice.offer.href} download={notice.offer.filename}>
                      Download reminder (.ics)
                    </Link>
                  ),
                }
              : {})}
            onDismiss={vm.actions.dismissNotice}
          />
        ) : null}
      </div>
      {state.status === 'loading' ? <Spinner label="Reading your applications…" /> : null}
      {state.status === 'problem' ? (
        <NoticeBar
          intent="error"
          title="The board could not be read"
          message={state.message}
          actions={
            <Button size="small" onClick={vm.actions.reload}>
              Try again
            </Button>
          }
        />
      ) : null}
      {state.status === 'ready' && rows.length === 0 ? (
        <Text>
          No applications yet. Each interview thread you open with the coach (or a ribbon button) appears
          here, with what to do next.
        </Text>
      ) : null}
      {rows.length > 0 ? (
        <Section title={`Applications (${rows.length})`}>
          <ul className={styles.list} aria-label="Applications, most urgent first">
            {rows.map((row) => (
              <Row key={row.key} row={row} vm={vm} />
            ))}
          </ul>
        </Section>
      ) : null}
      {exports ? (
        <Section title="Export">
          <div className={styles.exports}>
            <Link href={exports.ics} download="applications.ics">
              Upcoming dates (.ics)
            </Link>
            <Link href={exports.csv} download="applications.csv">
              Table (.csv)
            </Link>
          </div>
        </Section>
      ) : null}
    </main>
  );
}
