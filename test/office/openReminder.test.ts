// The reminder: an appointment form in read mode, `unsupported` where it cannot open (so the caller offers
// an .ics file), limits and failures.
import assert from 'node:assert/strict';
import { appointmentForm, openReminder } from '../../src/office/openReminder';
import { reminder } from './fixtures';
import { useFakeOffice, type FakeOfficeOptions } from './fakeOffice';

const install = useFakeOffice();

describe('openReminder', () => {
  it('opens the appointment form with Date instants and a plain-text body (Mailbox 1.9)', async () => {
    const f = install({});
    assert.deepEqual(await openReminder(reminder()), { ok: true, value: 'appointment-form' });
    const form = f.callsOf('displayNewAppointmentFormAsync')[0]?.args[0] as Office.AppointmentForm;
    assert.ok(form.start instanceof Date && form.end instanceof Date);
    assert.equal((form.start as Date).toISOString(), '2026-11-24T17:00:00.000Z');
    assert.equal((form.end as Date).toISOString(), '2026-11-24T17:15:00.000Z');
    assert.equal(form.subject, reminder().subject);
    assert.equal(form.body, reminder().body);
  });

  it('falls back to displayNewAppointmentForm below Mailbox 1.9', async () => {
    const f = install({ mailbox: '1.5' });
    assert.deepEqual(await openReminder(reminder()), { ok: true, value: 'appointment-form' });
    assert.equal(f.callsOf('displayNewAppointmentForm').length, 1);
  });

  it('works with no item selected (the form needs none)', async () => {
    install({ mode: 'none' });
    assert.deepEqual(await openReminder(reminder()), { ok: true, value: 'appointment-form' });
  });

  const unsupportedRows: readonly { name: string; options: FakeOfficeOptions }[] = [
    { name: 'in compose mode (a read-mode API)', options: { mode: 'compose' } },
    { name: 'on Outlook for Android', options: { hostName: 'OutlookAndroid' } },
    {
      name: 'where both APIs are missing',
      options: { missing: ['mailbox.displayNewAppointmentFormAsync', 'mailbox.displayNewAppointmentForm'] },
    },
  ];
  for (const row of unsupportedRows) {
    it(`is unsupported ${row.name}`, async () => {
      install(row.options);
      const result = await openReminder(reminder());
      assert.equal(!result.ok && result.error.kind, 'unsupported');
    });
  }

  it('reports a failed form with its code', async () => {
    install({
      failures: { displayNewAppointmentFormAsync: { code: 9043, message: 'Calendar unavailable' } },
    });
    const result = await openReminder(reminder());
    assert.ok(!result.ok && result.error.kind === 'call-failed' && result.error.code === '9043');
  });

  it('turns a throw from the 1.1 form into a problem', async () => {
    install({ mailbox: '1.5', throws: ['displayNewAppointmentForm'] });
    const result = await openReminder(reminder());
    assert.equal(!result.ok && result.error.kind, 'call-failed');
  });
});

describe('appointmentForm limits', () => {
  const rows = [
    { name: 'subject of 255 characters is fine', r: reminder({ subject: 'a'.repeat(255) }), kind: null },
    { name: 'subject over 255 characters', r: reminder({ subject: 'a'.repeat(256) }), kind: 'too-large' },
    { name: 'body over 32 KB', r: reminder({ body: 'b'.repeat(32 * 1024 + 1) }), kind: 'too-large' },
    { name: 'an unreadable start', r: reminder({ start: 'next Tuesday' }), kind: 'call-failed' },
    {
      name: 'an end before the start',
      r: reminder({ end: '2026-11-24T08:00:00-08:00' }),
      kind: 'call-failed',
    },
  ] as const;
  for (const row of rows) {
    it(row.name, () => {
      const result = appointmentForm(row.r);
      assert.equal(result.ok ? null : result.error.kind, row.kind);
    });
  }
});
