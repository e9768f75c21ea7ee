// Results of actions and failures, always with a way forward (ARCHITECTURE.md: never a blank pane).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
// One icon, imported from its own module so the bundle carries no other icon.
import { DismissRegular } from '@fluentui/react-icons/svg/dismiss';
import type { ReactNode } from 'react';

export interface NoticeBarProps {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly title: string;
  readonly message: string;
  /** A details line (error codes, Outlook's own words), small, after the message. */
  readonly details?: string | undefined;
  /** Buttons or links offered as the way forward. */
  readonly actions?: ReactNode;
  readonly onDismiss?: () => void;
}

export function NoticeBar({ intent, title, message, details, actions, onDismiss }: NoticeBarProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {details ? <Text size={100} block>{`Details: ${details}`}</Text> : null}
      </MessageBarBody>
      {actions || onDismiss ? (
        <MessageBarActions
          {...(onDismiss
            ? {
                containerAction: (
                  <Button
                    appearance="transparent"
                    aria-label="Dismiss"
                    icon={<DismissRegular />}
                    onClick={onDismiss}
                  />
                ),
              }
            : {})}
        >
          {actions}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
