// Acting with the draft: reply form, new message to the employer, insert at the cursor; limits and failures.
import assert from 'node:assert/strict';
import { insertDraft } from '../../src/office/insertDraft';
import { draft, analysis } from './fixtures';
import { useFakeOffice, type FakeOfficeOptions } from './fakeOffice';

const install = useFakeOffice();

const employerMessage: FakeOfficeOptions = {};
const ownMessage: FakeOfficeOptions = {
  from: { displayName: 'Sam Candidate', emailAddress: 'SAM@mail.test' },
  to: [{ displayName: 'Ada Lee', emailAddress: 'ada.lee@example.com' }],
};

describe('insertDraft from a message the employer sent', () => {
  it('opens the reply form with the HTML body (Mailbox 1.9)', async () => {
    const f = install(employerMessage);
    const result = await insertDraft(draft(), analysis());
    assert.deepEqual(result, { ok: true, value: 'reply-form' });
    assert.deepEqual(f.callsOf('displayReplyFormAsync')[0]?.args[0], { htmlBody: draft().html });
  });

  it('falls back to displayReplyForm below Mailbox 1.9', async () => {
    const f = install({ mailbox: '1.8' });
    const result = await insertDraft(draft(), analysis());
    assert.deepEqual(result, { ok: true, value: 'reply-form' });
    assert.equal(f.callsOf('displayReplyFormAsync').length, 0);
    assert.deepEqual(f.callsOf('displayReplyForm')[0]?.args[0], { htmlBody: draft().html });
  });

  it('reports a failed reply form with its code (new Outlook multi-account, office-js#6905)', async () => {
    install({
      failures: {
        displayReplyFormAsync: { code: 9049, name: 'ErrorNonExistentMailbox', message: 'Mailbox not found' },
      },
    });
    const result = await insertDraft(draft(), analysis());
    assert.ok(!result.ok && result.error.kind === 'call-failed' && result.error.code === '9049');
  });

  it('turns a throw from displayReplyForm into a problem', async () => {
    install({ mailbox: '1.8', throws: ['displayReplyForm'] });
    const result = await insertDraft(draft(), analysis());
    assert.ok(!result.ok && result.error.kind === 'call-failed' && result.error.call === 'displayReplyForm');
  });

  it('refuses a reply body over 32 KB without calling Outlook', async () => {
    const f = install(employerMessage);
    const result = await insertDraft(draft({ html: `<p>${'x'.repeat(32 * 1024)}</p>` }), analysis());
    assert.ok(!result.ok && result.error.kind === 'too-large' && result.error.limit === '32 KB reply body');
    assert.equal(f.callsOf('displayReplyFormAsync').length, 0);
  });

  it('accepts a reply body of exactly 32 KB', async () => {
    install(employerMessage);
    const html = 'x'.repeat(32 * 1024);
    assert.deepEqual(await insertDraft(draft({ html }), analysis()), { ok: true, value: 'reply-form' });
  });

  it('counts non-ASCII text in UTF-8 bytes', async () => {
    install(employerMessage);
    const html = 'é'.repeat(16 * 1024 + 1); // 32 KB + 2 bytes
    const result = await insertDraft(draft({ html }), analysis());
    assert.equal(!result.ok && result.error.kind, 'too-large');
  });

  it('is unsupported on Outlook mobile', async () => {
    install({ hostName: 'OutlookIOS' });
    const result = await insertDraft(draft(), analysis());
    assert.equal(!result.ok && result.error.kind, 'unsupported');
  });
});

describe("insertDraft from the candidate's own message", () => {
  it('opens a new message to the employer with subject and body (Mailbox 1.9)', async () => {
    const f = install(ownMessage);
    const result = await insertDraft(draft(), analysis());
    assert.deepEqual(result, { ok: true, value: 'new-message-form' });
    assert.deepEqual(f.callsOf('displayNewMessageFormAsync')[0]?.args[0], {
      toRecipients: ['ada.lee@example.com'],
      subject: draft().subject,
      htmlBody: draft().html,
    });
    assert.equal(f.callsOf('displayReplyFormAsync').length, 0);
  });

  it('addresses the people the candidate wrote to when the draft has no addressee', async () => {
    const f = install({
      ...ownMessage,
      to: [
        { displayName: 'Ada Lee', emailAddress: 'Ada.Lee@example.com' },
        { displayName: 'Sam', emailAddress: 'sam@mail.test' },
      ],
    });
    await insertDraft(draft({ to: null }), analysis());
    const form = f.callsOf('displayNewMessageFormAsync')[0]?.args[0] as Office.MessageForm;
    assert.deepEqual(form.toRecipients, ['ada.lee@example.com']);
  });

  it("recognises the candidate's own message from the analysis when Outlook gives no user address", async () => {
    const f = install({ ...ownMessage, user: { emailAddress: '' } });
    assert.deepEqual(await insertDraft(draft(), analysis({ candidate: 'sam@mail.test' })), {
      ok: true,
      value: 'new-message-form',
    });
    assert.equal(f.callsOf('displayReplyFormAsync').length, 0);
  });

  it('falls back to displayNewMessageForm on Mailbox 1.6-1.8', async () => {
    const f = install({ ...ownMessage, mailbox: '1.6' });
    assert.deepEqual(await insertDraft(draft(), analysis()), { ok: true, value: 'new-message-form' });
    assert.equal(f.callsOf('displayNewMessageForm').length, 1);
  });

  it('is unsupported below Mailbox 1.6', async () => {
    install({ ...ownMessage, mailbox: '1.5' });
    const result = await insertDraft(draft(), analysis());
    assert.ok(
      !result.ok && result.error.kind === 'unsupported' && result.error.requirement === 'Mailbox 1.6',
    );
  });

  it('refuses a subject over 255 characters', async () => {
    const f = install(ownMessage);
    const result = await insertDraft(draft({ subject: 's'.repeat(256) }), analysis());
    assert.ok(
      !result.ok && result.error.kind === 'too-large' && result.error.limit === '255-character subject',
    );
    assert.equal(f.callsOf('displayNewMessageFormAsync').length, 0);
  });

  it('accepts a subject of exactly 255 characters', async () => {
    install(ownMessage);
    assert.deepEqual(await insertDraft(draft({ subject: 's'.repeat(255) }), analysis()), {
      ok: true,
      value: 'new-message-form',
    });
  });

  it('refuses a new-message body over 32 KB', async () => {
    install(ownMessage);
    const result = await insertDraft(draft({ html: 'x'.repeat(32 * 1024 + 1) }), analysis());
    assert.equal(!result.ok && result.error.kind, 'too-large');
  });

  it('reports a failed new-message form', async () => {
    install({
      ...ownMessage,
      failures: { displayNewMessageFormAsync: { code: 9030, message: 'Form failed' } },
    });
    const result = await insertDraft(draft(), analysis());
    assert.equal(!result.ok && result.error.kind, 'call-failed');
  });
});

describe('insertDraft in compose', () => {
  it('inserts the HTML at the cursor in an HTML body', async () => {
    const f = install({ mode: 'compose' });
    assert.deepEqual(await insertDraft(draft(), analysis()), { ok: true, value: 'inserted-at-cursor' });
    assert.deepEqual(f.callsOf('body.setSelectedDataAsync')[0]?.args.slice(0, 2), [
      draft().html,
      { coercionType: 'html' },
    ]);
  });

  it('inserts the text in a plain-text body', async () => {
    const f = install({ mode: 'compose', composeFormat: 'text' });
    await insertDraft(draft(), analysis());
    assert.deepEqual(f.callsOf('body.setSelectedDataAsync')[0]?.args.slice(0, 2), [
      draft().text,
      { coercionType: 'text' },
    ]);
  });

  it('reports a failed insert', async () => {
    install({
      mode: 'compose',
      failures: { 'body.setSelectedDataAsync': { code: 9041, message: 'Read only' } },
    });
    const result = await insertDraft(draft(), analysis());
    assert.ok(
      !result.ok && result.error.kind === 'call-failed' && result.error.call === 'body.setSelectedDataAsync',
    );
  });

  it('reports a failed body-type check', async () => {
    const f = install({ mode: 'compose', failures: { 'body.getTypeAsync': { code: 9000 } } });
    const result = await insertDraft(draft(), analysis());
    assert.equal(!result.ok && result.error.kind, 'call-failed');
    assert.equal(f.callsOf('body.setSelectedDataAsync').length, 0);
  });
});

describe('insertDraft without an item', () => {
  it('no item selected', async () => {
    install({ mode: 'none' });
    const result = await insertDraft(draft(), analysis());
    assert.equal(!result.ok && result.error.kind, 'no-item');
  });
});
