// The mailbox list. Dropping .eml files on it (or choosing them) adds them as threads.
import { useState, type DragEvent } from 'react';
import type { MailThread } from '../host/playgroundHost';

interface MailboxProps {
  readonly threads: readonly MailThread[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onFiles: (files: readonly File[]) => void;
}

export function Mailbox(props: MailboxProps) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    props.onFiles([...event.dataTransfer.files]);
  };
  return (
    <nav
      className={`mailbox${dragging ? ' dragging' : ''}`}
      aria-label="Mailbox"
      data-testid="mailbox"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2>Inbox</h2>
      <ul>
        {props.threads.map((thread) => (
          <li key={thread.id}>
            <button
              type="button"
              className={thread.id === props.selectedId ? 'thread selected' : 'thread'}
              aria-current={thread.id === props.selectedId ? 'true' : undefined}
              data-thread-id={thread.id}
              onClick={() => props.onSelect(thread.id)}
            >
              <span className="thread-from">{thread.item.from?.displayName ?? '(no sender)'}</span>
              <span className="thread-subject">{thread.item.subject || '(no subject)'}</span>
              <span className="thread-title">{thread.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <label className="drop-hint">
        Drop .eml files here, or <span className="link">choose files</span>
        <input
          type="file"
          accept=".eml,message/rfc822"
          multiple
          onChange={(e) => {
            props.onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
    </nav>
  );
}
