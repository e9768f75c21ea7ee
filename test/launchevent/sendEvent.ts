// Fire the OnMessageSend handler the entry registered on a fake Office and collect what it completes with: shared by
// the entry's tests (launchevent.test.ts) and the built file's (test/build/launcheventBundle.test.ts).
import assert from 'node:assert/strict';
import { SEND_HANDLER_NAME } from '../../src/launchevent/names';
import type { FakeOffice } from '../office/fakeOffice';

export async function send(fake: FakeOffice): Promise<Office.SmartAlertsEventCompletedOptions[]> {
  const handler = fake.associated.get(SEND_HANDLER_NAME);
  assert.ok(handler, `${SEND_HANDLER_NAME} was not registered`);
  const completions: Office.SmartAlertsEventCompletedOptions[] = [];
  await handler({
    completed: (o?: Office.SmartAlertsEventCompletedOptions) => void completions.push(o ?? {}),
  });
  return completions;
}
