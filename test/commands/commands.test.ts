// The commands bundle's entry against the fake Office global: it registers exactly the manifest's function
// names, and a registered command runs end to end (real analyze, real Office adapter) and completes once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { COMMAND_NAMES } from '../../src/commands/names';
import { installFakeOffice, type FakeOffice } from '../office/fakeOffice';

let fake: FakeOffice;
before(async () => {
  fake = installFakeOffice({
    subject: 'Thanks for applying',
    html: '<p>Hi Sam, thanks for your application. We will review it and let you know.</p>',
  });
  const entry = (await import('../../src/commands/commands')) as { registered: Promise<{ ok: boolean }> };
  assert.equal((await entry.registered).ok, true);
});
after(() => fake.restore());

describe('commands.ts entry', () => {
  it('registers exactly the FunctionName values of manifest.xml', () => {
    const manifest = fs.readFileSync(new URL('../../manifest.xml', import.meta.url), 'utf8');
    const inManifest = [...manifest.matchAll(/<FunctionName>([^<]*)<\/FunctionName>/g)].map((m) => m[1]);
    assert.deepEqual(new Set(fake.associated.keys()), new Set(inManifest));
    assert.deepEqual(new Set(fake.associated.keys()), new Set(COMMAND_NAMES));
  });

  it('draftFollowUp with no interview in the thread says so in a notification and completes once', async () => {
    let completed = 0;
    await fake.associated.get('draftFollowUp')?.({ completed: () => void completed++ });
    assert.equal(completed, 1);
    const details = fake.callsOf('notificationMessages.replaceAsync').at(-1)
      ?.args[1] as Office.NotificationMessageDetails;
    assert.equal(details.message, 'No interview date found: open the coach to set it');
  });

  it('records the analysed thread on the board (its code loaded apart) before the command completes', async () => {
    const savesBefore = fake.callsOf('roamingSettings.saveAsync').length;
    let savesAtCompletion = -1;
    await fake.associated.get('draftFollowUp')?.({
      completed: () => void (savesAtCompletion = fake.callsOf('roamingSettings.saveAsync').length),
    });
    assert.ok(savesAtCompletion > savesBefore, 'the board was saved before completed()');
    assert.ok(fake.callsOf('roamingSettings.set').some((c) => String(c.args[0]).length > 0));
  });

  it('proposeReminder on an item that went away reports it and completes once', async () => {
    fake.setItem('none');
    let completed = 0;
    await fake.associated.get('proposeReminder')?.({ completed: () => void completed++ });
    fake.setItem('keep');
    assert.equal(completed, 1);
  });
});
