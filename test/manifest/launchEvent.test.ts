// The send check in manifest.xml (issue 16): the LaunchEvent extension point and its Runtime validate against
// the event-based XSD additions, and the project's cross-references hold (the handler name is registered by
// launchevent.ts, the runtime's page and JavaScript file are files the build emits), with mutations that fail.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  checkManifestRules,
  loadBuiltFiles,
  loadEventHandlerNames,
  validateAgainstSchema,
} from '../../scripts/validate-manifest.mjs';
import { COMMAND_NAMES } from '../../src/commands/names';
import { SEND_HANDLER_NAME } from '../../src/launchevent/names';

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function mutate(from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string'
      ? manifest.split(from).length - 1
      : (manifest.match(new RegExp(from, 'g')) ?? []).length;
  assert.ok(count >= 1, `mutation target not found: ${String(from)}`);
  return manifest.replace(from, to);
}

describe('manifest.xml: the send check (event-based activation)', () => {
  let builtFiles: readonly string[] = [];
  let eventHandlers: readonly string[] = [];
  before(async () => {
    builtFiles = await loadBuiltFiles();
    eventHandlers = await loadEventHandlerNames();
  });
  const rules = (xml: string) =>
    checkManifestRules(xml, { commandNames: COMMAND_NAMES, eventHandlers, builtFiles });

  it('wires OnMessageSend to the handler launchevent.ts registers, with PromptUser', () => {
    assert.deepEqual(eventHandlers, [SEND_HANDLER_NAME]);
    assert.match(
      manifest,
      new RegExp(
        `<LaunchEvent Type="OnMessageSend" FunctionName="${SEND_HANDLER_NAME}" SendMode="PromptUser"/>`,
      ),
    );
  });

  it('names files the build emits: the runtime page and the JavaScript-only file', () => {
    assert.ok(builtFiles.includes('launchevent.html'), builtFiles.join(', '));
    assert.ok(builtFiles.includes('launchevent.js'), builtFiles.join(', '));
  });

  it('passes the schema and every project rule, cross-references included', async () => {
    assert.deepEqual(await validateAgainstSchema(manifest), []);
    assert.deepEqual(rules(manifest), []);
  });

  const schemaCases: readonly { name: string; xml: () => string; expect: RegExp }[] = [
    {
      name: 'a send mode Outlook does not know',
      xml: () => mutate('SendMode="PromptUser"', 'SendMode="Maybe"'),
      expect: /SendMode|Maybe/,
    },
    {
      name: 'Runtimes after the desktop form factor',
      xml: () => mutate(/(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<DesktopFormFactor>)/, '$2$1'),
      expect: /Runtimes|DesktopFormFactor|FunctionFile/,
    },
    {
      name: 'a misspelled Override type',
      xml: () => mutate('type="javascript"', 'type="javscript"'),
      expect: /javscript|type/,
    },
  ];
  for (const c of schemaCases) {
    it(`the schema rejects ${c.name}`, async () => {
      const errors = await validateAgainstSchema(c.xml());
      assert.ok(
        errors.some((e) => c.expect.test(e)),
        errors.join('\n'),
      );
    });
  }

  const ruleCases: readonly { name: string; xml: () => string; expect: RegExp }[] = [
    {
      name: 'a handler name the code never registers',
      xml: () => mutate('FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'),
      expect: /LaunchEvent FunctionName "onSend" is not registered by launchevent\.ts/,
    },
    {
      name: 'a misspelled event name (the schema takes any short string)',
      xml: () => mutate('Type="OnMessageSend"', 'Type="OnMesageSend"'),
      expect: /LaunchEvent Type "OnMesageSend" is no Outlook event/,
    },
    {
      name: 'a send event that blocks instead of prompting',
      xml: () => mutate('SendMode="PromptUser"', 'SendMode="Block"'),
      expect: /must use SendMode="PromptUser"/,
    },
    {
      name: 'a runtime JavaScript file the build does not emit',
      xml: () => mutate('https://localhost:3000/launchevent.js', 'https://localhost:3000/events.js'),
      expect: /Override "events\.js" is not a file the build emits/,
    },
    {
      name: 'a runtime page the build does not emit',
      xml: () => mutate('https://localhost:3000/launchevent.html', 'https://localhost:3000/events.html'),
      expect: /Runtime's page "events\.html" is not a file the build emits/,
    },
    {
      name: "an extension point on another page than the runtime's",
      xml: () =>
        mutate(
          /(<\/LaunchEvents>\s*)<SourceLocation resid="LaunchEvent.Url"\/>/,
          '$1<SourceLocation resid="Taskpane.Url"/>',
        ),
      expect: /SourceLocation "Taskpane\.Url" is not the Runtime's page/,
    },
  ];
  for (const c of ruleCases) {
    it(`the project rules reject ${c.name}`, () => {
      const problems = rules(c.xml());
      assert.ok(
        problems.some((p) => c.expect.test(p)),
        `expected ${String(c.expect)} in:\n${problems.join('\n')}`,
      );
    });
  }
});
