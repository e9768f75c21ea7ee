// Dark or light from Outlook's body background colour (isDarkTheme is not supported in Outlook).
import assert from 'node:assert/strict';
import { currentTheme, relativeLuminance, themeFromColours } from '../../src/office/theme';
import { installFakeOffice } from './fakeOffice';

describe('themeFromColours', () => {
  const rows = [
    { name: 'white (Outlook light)', colour: '#ffffff', dark: false },
    { name: 'Outlook dark grey #292929', colour: '#292929', dark: true },
    { name: 'black (high contrast)', colour: '#000000', dark: true },
    { name: 'Outlook colourful light grey #f3f2f1', colour: '#F3F2F1', dark: false },
    { name: 'short form #333', colour: '#333', dark: true },
    { name: 'mid grey #808080 counts as light', colour: '#808080', dark: false },
    { name: 'dark blue #1f1f3f', colour: '#1f1f3f', dark: true },
    { name: 'not a colour', colour: 'rgb(0,0,0)', dark: false },
    { name: 'empty', colour: '', dark: false },
  ];
  for (const row of rows) {
    it(row.name, () =>
      assert.deepEqual(themeFromColours({ bodyBackgroundColor: row.colour }), { dark: row.dark }),
    );
  }
  it('is light without a theme object', () => assert.deepEqual(themeFromColours(undefined), { dark: false }));
  it('luminance of white is 1', () => assert.equal(relativeLuminance('#fff'), 1));
});

describe('currentTheme', () => {
  it('reads officeTheme on Mailbox 1.14', () => {
    const fake = installFakeOffice({ officeTheme: { bodyBackgroundColor: '#1b1a19' } });
    try {
      assert.deepEqual(currentTheme(), { dark: true });
    } finally {
      fake.restore();
    }
  });
  it('is light below Mailbox 1.14', () => {
    const fake = installFakeOffice({ mailbox: '1.13', officeTheme: { bodyBackgroundColor: '#1b1a19' } });
    try {
      assert.deepEqual(currentTheme(), { dark: false });
    } finally {
      fake.restore();
    }
  });
});
