import assert from 'node:assert/strict';
import { resolveZone } from '../../../src/core/time';

describe('resolveZone', () => {
  const cases: readonly { name: string; input: string; zone: string; known: boolean }[] = [
    { name: 'an IANA name is kept', input: 'Europe/Berlin', zone: 'Europe/Berlin', known: true },
    {
      name: "Outlook's Windows name maps to IANA",
      input: 'Pacific Standard Time',
      zone: 'America/Los_Angeles',
      known: true,
    },
    {
      name: 'a Windows name for Central Europe',
      input: 'W. Europe Standard Time',
      zone: 'Europe/Berlin',
      known: true,
    },
    { name: 'GMT Standard Time is London', input: 'GMT Standard Time', zone: 'Europe/London', known: true },
    {
      name: 'surrounding spaces are ignored',
      input: '  America/New_York ',
      zone: 'America/New_York',
      known: true,
    },
    { name: 'an unknown name falls back to UTC', input: 'Mars/Olympus_Mons', zone: 'UTC', known: false },
    { name: 'an empty name falls back to UTC', input: '', zone: 'UTC', known: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = resolveZone(c.input);
      assert.equal(r.zone, c.zone);
      assert.equal(r.known, c.known);
      assert.equal(r.warning === null, c.known);
    });
  }
});
