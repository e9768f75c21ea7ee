import assert from 'node:assert/strict';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { WINDOWS_ZONES } from '../../../src/core/time/windowsZones';

// The generated table must stay CLDR's: regenerate with `node scripts/gen-windows-zones.mjs` after an update.
describe('the generated Windows zone table', () => {
  const primary = WINDOWS_TO_IANA_MAP.filter((r) => r.territory === '001');
  it('has one row per Windows zone of CLDR', () => assert.equal(WINDOWS_ZONES.size, primary.length));
  it('maps each Windows zone to the zone CLDR names for territory 001', () => {
    for (const row of primary) assert.equal(WINDOWS_ZONES.get(row.windowsName), row.iana[0], row.windowsName);
  });
  it('names only zones this runtime knows', () => {
    for (const iana of WINDOWS_ZONES.values()) {
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en-US', { timeZone: iana }), iana);
    }
  });
});
