// The AsyncResult -> Result helper and the error mapping: every outcome of an Office callback is a value.
import assert from 'node:assert/strict';
import { callAsync, callSync, toResult } from '../../src/office/asyncResult';
import { fromOfficeError, fromThrown, inWords, noItem } from '../../src/office/problems';

describe('toResult', () => {
  const rows = [
    {
      name: 'succeeded carries the value',
      input: { status: 'succeeded', value: 'body', error: undefined },
      ok: true,
    },
    {
      name: 'failed carries a call-failed problem with the code',
      input: {
        status: 'failed',
        value: undefined,
        error: { code: 9002, name: 'InternalError', message: 'Oops.' },
      },
      ok: false,
      kind: 'call-failed',
      code: '9002',
    },
    {
      name: '9057 becomes storage-full',
      input: {
        status: 'failed',
        value: undefined,
        error: { code: 9057, name: 'SettingsStorageFull', message: 'Full' },
      },
      ok: false,
      kind: 'storage-full',
    },
    {
      name: 'a missing result is a failure, not a throw',
      input: undefined,
      ok: false,
      kind: 'call-failed',
      code: 'unknown',
    },
    {
      name: 'an error with only a name uses the name as code',
      input: {
        status: 'failed',
        value: undefined,
        error: { name: 'ErrorNonExistentMailbox', message: 'No mailbox' },
      },
      ok: false,
      kind: 'call-failed',
      code: 'ErrorNonExistentMailbox',
    },
  ] as const;
  for (const row of rows) {
    it(row.name, () => {
      const result = toResult('body.getAsync', row.input as unknown as Office.AsyncResult<string>);
      assert.equal(result.ok, row.ok);
      if (result.ok) assert.equal(result.value, 'body');
      else {
        assert.equal(result.error.kind, 'kind' in row ? row.kind : undefined);
        if (result.error.kind === 'call-failed' && 'code' in row) assert.equal(result.error.code, row.code);
      }
    });
  }

  it('says what could not be done in words', () => {
    const problem = fromOfficeError('displayReplyFormAsync', {
      code: 9041,
      name: 'x',
      message: 'The user is offline.',
    });
    assert.equal(problem.message, 'Outlook could not open the reply: The user is offline (error 9041).');
  });

  it("for the pane, puts the words first and the code and Outlook's own words in a details line", () => {
    const problem = fromOfficeError('body.getAsync', { code: 5001, message: 'Internal error.' });
    assert.deepEqual(inWords(problem), {
      words: 'Outlook could not read this message.',
      details: 'body.getAsync: error 5001 (Internal error)',
    });
    assert.deepEqual(inWords(noItem()), { words: noItem().message, details: null });
  });

  it('turns a thrown non-Error into a problem', () => {
    const problem = fromThrown('displayReplyForm', 'boom');
    assert.deepEqual(problem, {
      kind: 'call-failed',
      call: 'displayReplyForm',
      code: 'exception',
      message: 'Outlook could not open the reply: boom (error exception).',
      detail: 'boom',
    });
  });
});

const answer = <T>(status: 'succeeded' | 'failed', value: T): Office.AsyncResult<T> =>
  ({ status, value, error: undefined, asyncContext: undefined }) as unknown as Office.AsyncResult<T>;

describe('callAsync', () => {
  it('resolves with the callback value', async () => {
    const result = await callAsync<number>('x', (cb) => queueMicrotask(() => cb(answer('succeeded', 4))));
    assert.deepEqual(result, { ok: true, value: 4 });
  });

  it('resolves with a problem when the call throws synchronously', async () => {
    const result = await callAsync<number>('displayReplyFormAsync', () => {
      throw new RangeError('htmlBody too long');
    });
    assert.equal(result.ok, false);
  });

  it('keeps the first answer when a host calls back twice', async () => {
    const result = await callAsync<number>('x', (cb) => {
      cb(answer('succeeded', 1));
      cb(answer('failed', 2));
    });
    assert.deepEqual(result, { ok: true, value: 1 });
  });
});

describe('callSync', () => {
  it('is ok when the call returns', () =>
    assert.deepEqual(
      callSync('displayReplyForm', () => undefined),
      { ok: true, value: undefined },
    ));
  it('is a problem when the call throws', () => {
    const result = callSync('displayReplyForm', () => {
      throw new Error('Sys.ArgumentException');
    });
    assert.equal(result.ok, false);
  });
});
