// manifest.xml checked offline (issue 5): the XSD set, then the project's own rules, with mutated copies that
// must fail (OUTLOOK-NOTES.md §3: the schema misses dangling resids and missing icon sizes).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ICON_SIZES } from '../../scripts/render-icons.mjs';
import {
  ROOT,
  checkManifestRules,
  readPngSize,
  validateAgainstSchema,
} from '../../scripts/validate-manifest.mjs';
import { COMMAND_NAMES } from '../../src/commands/names';

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const rules = (xml: string): string[] => checkManifestRules(xml, { commandNames: COMMAND_NAMES });

/** Replaces exactly one occurrence, so a mutation that silently matches nothing fails the test instead. */
function mutate(from: string | RegExp, to: string, xml = manifest): string {
  const count =
    typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from, 'g')) ?? []).length;
  assert.ok(count >= 1, `mutation target not found: ${String(from)}`);
  return xml.replace(from, to);
}

describe('manifest.xml', () => {
  it('validates against the Outlook manifest XSD set', async () => {
    assert.deepEqual(await validateAgainstSchema(manifest), []);
  });

  it('passes every project rule', () => {
    assert.deepEqual(rules(manifest), []);
  });

  it('declares exactly the function names commands.ts registers', () => {
    const names = [...manifest.matchAll(/<FunctionName>([^<]*)<\/FunctionName>/g)].map((m) => m[1]);
    assert.deepEqual(new Set(names), new Set(COMMAND_NAMES));
  });

  it('keeps no dev URL once the production build rewrites https://localhost:3000/ (webpack.config.js)', async () => {
    const production = manifest.replace(/https:\/\/localhost:3000\//g, 'https://coach.example.org/app/');
    assert.doesNotMatch(production, /https?:\/\/localhost/);
    assert.deepEqual(await validateAgainstSchema(production), []);
    const base = 'https://coach.example.org/app/';
    assert.deepEqual(checkManifestRules(production, { commandNames: COMMAND_NAMES, base }), []);
  });

  it('ships every rendered icon size as a square PNG of that size', () => {
    for (const size of ICON_SIZES) {
      assert.deepEqual(readPngSize(path.join(ROOT, 'assets', `icon-${size}.png`)), {
        width: size,
        height: size,
      });
    }
  });
});

describe('manifest schema rejects', () => {
  const cases: readonly { name: string; xml: () => string; expect: RegExp }[] = [
    {
      name: 'elements out of order',
      xml: () => mutate('<Version>1.0.0.0</Version>', ''),
      expect: /ProviderName/,
    },
    {
      name: 'an unknown permission',
      xml: () => mutate('>ReadWriteItem<', '>ReadWriteItems<'),
      expect: /Permissions/,
    },
    {
      name: 'a typo in an extension point type',
      xml: () => mutate('"MessageReadCommandSurface"', '"MessageReadCommandSurfaces"'),
      expect: /ExtensionPoint|type/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const errors = await validateAgainstSchema(c.xml());
      assert.ok(
        errors.some((e) => c.expect.test(e)),
        errors.join('\n'),
      );
    });
  }
});

describe('manifest rules reject', () => {
  const cases: readonly { name: string; xml: () => string; expect: RegExp }[] = [
    {
      name: 'a dangling resid',
      xml: () => mutate('<Label resid="RemindMe.Label"/>', '<Label resid="Remind.Label"/>'),
      expect: /resid "Remind\.Label" on <Label> resolves to no resource/,
    },
    {
      name: 'a resid pointing at the wrong kind of resource',
      xml: () => mutate('<Description resid="RemindMe.Tip"/>', '<Description resid="RemindMe.Label"/>'),
      expect: /resid "RemindMe\.Label" on <Description> is in ShortStrings, expected LongStrings/,
    },
    {
      name: 'an unused resource',
      xml: () =>
        mutate('<bt:Urls>', '<bt:Urls><bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/x.html"/>'),
      expect: /resource "Spare\.Url" is never used/,
    },
    {
      name: 'a button without its 80 px icon',
      xml: () =>
        mutate(
          /(<Control xsi:type="Button" id="fc.read.draftFollowUp">[\s\S]*?)<bt:Image size="80" resid="Icon.80"\/>/,
          '$1',
        ),
      expect: /control "fc\.read\.draftFollowUp" has no 80px icon/,
    },
    {
      name: 'a mobile icon list missing a scale',
      xml: () =>
        mutate(
          '<bt:Image size="48" scale="3" resid="Icon.144"/>',
          '<bt:Image size="48" scale="2" resid="Icon.144"/>',
        ),
      expect: /mobile icon 48 at scale 3/,
    },
    {
      name: 'an icon file missing on disk',
      xml: () => mutate('assets/icon-20.png', 'assets/icon-21.png'),
      expect: /icon-21\.png is missing/,
    },
    {
      name: 'an icon file of the wrong pixel size',
      xml: () => mutate('assets/icon-40.png', 'assets/icon-48.png'),
      expect: /icon-48\.png is 48x48, expected 40x40/,
    },
    {
      name: 'an http URL',
      xml: () => mutate('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
      expect: /URL "http:\/\/localhost:3000\/commands\.html" is not https/,
    },
    {
      name: 'an http AppDomain',
      xml: () =>
        mutate('<Hosts>', '<AppDomains><AppDomain>http://localhost:3000</AppDomain></AppDomains>\n  <Hosts>'),
      expect: /URL "http:\/\/localhost:3000" is not https/,
    },
    {
      name: 'an http taskpane page in FormSettings',
      xml: () =>
        mutate(
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
        ),
      expect: /is not https/,
    },
    {
      name: 'a control id used twice',
      xml: () => mutate('id="fc.read.proposeReminder"', 'id="fc.read.draftFollowUp"'),
      expect: /id "fc\.read\.draftFollowUp" is used twice/,
    },
    {
      name: 'a resource id over 32 characters',
      xml: () => mutate(/"RemindMe\.Tip"/g, '"RemindMe.Tip.ThatIsFarTooLongForOutlook"'),
      expect: /longer than 32 characters/,
    },
    {
      name: 'a short string over 125 characters',
      xml: () => mutate('DefaultValue="Remind me"', `DefaultValue="${'x'.repeat(126)}"`),
      expect: /ShortStrings "RemindMe\.Label" is longer than 125 characters/,
    },
    {
      name: 'a long string over 250 characters',
      xml: () => mutate(/DefaultValue="Open a calendar reminder[^"]*"/, `DefaultValue="${'x'.repeat(251)}"`),
      expect: /LongStrings "RemindMe\.Tip" is longer than 250 characters/,
    },
    {
      name: 'a permission wider than ReadWriteItem',
      xml: () => mutate('>ReadWriteItem<', '>ReadWriteMailbox<'),
      expect: /Permissions is "ReadWriteMailbox", expected ReadWriteItem/,
    },
    {
      name: 'a DefaultMinVersion that hides the add-in on mobile',
      xml: () => mutate('DefaultMinVersion="1.5"', 'DefaultMinVersion="1.9"'),
      expect: /DefaultMinVersion 1\.9 is above 1\.5/,
    },
    {
      name: 'a FunctionName commands.ts does not register',
      xml: () => mutate('<FunctionName>proposeReminder<', '<FunctionName>remindMe<'),
      expect: /FunctionName "remindMe" is not registered/,
    },
    {
      name: 'a registered command no button calls',
      xml: () => mutate('<FunctionName>insertFollowUp<', '<FunctionName>draftFollowUp<'),
      expect: /registers "insertFollowUp" but no button calls it/,
    },
    {
      name: 'a high-resolution icon that is not 128 px',
      xml: () =>
        mutate(
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"',
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"',
        ),
      expect: /<HighResolutionIconUrl>: assets\/icon-80\.png is 80x80, expected 128x128/,
    },
    {
      name: 'XML that is not well-formed',
      xml: () => manifest.replace('</OfficeApp>', ''),
      expect: /not well-formed/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const problems = rules(c.xml());
      assert.ok(
        problems.some((p) => c.expect.test(p)),
        `expected ${String(c.expect)} in:\n${problems.join('\n')}`,
      );
    });
  }

  it('checks pixel sizes through the PNG header, not the file name', () => {
    const problems = checkManifestRules(manifest, {
      commandNames: COMMAND_NAMES,
      pngSize: (file) => (file.endsWith('icon-16.png') ? { width: 32, height: 32 } : readPngSize(file)),
    });
    assert.deepEqual(problems, ['image "Icon.16": assets/icon-16.png is 32x32, expected 16x16']);
  });
});
