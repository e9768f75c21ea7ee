import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/extract/sentences';

describe('splitSentences', () => {
  const rows: readonly [string, string, readonly string[]][] = [
    [
      'splits at a period before a capital',
      'Thanks. We will be in touch.',
      ['Thanks.', 'We will be in touch.'],
    ],
    [
      'keeps "a.m." and "Dec." inside a sentence',
      'See you at 9 a.m. Tuesday, Dec. 1 in the lobby.',
      ['See you at 9 a.m. Tuesday, Dec. 1 in the lobby.'],
    ],
    [
      'splits at blank lines and short lines',
      'Hi Sam,\n\nDate: Thursday\nTime: 11am',
      ['Hi Sam,', 'Date: Thursday', 'Time: 11am'],
    ],
    [
      'joins a wrapped line of a long sentence',
      'We will review every application carefully and\nget back to you within two weeks.',
      ['We will review every application carefully and\nget back to you within two weeks.'],
    ],
    [
      'does not split a short line that carries on in lower case',
      'We will get back to you within\ntwo weeks.',
      ['We will get back to you within\ntwo weeks.'],
    ],
    ['keeps offsets into the text', '  Hello there.  Bye now.', ['Hello there.', 'Bye now.']],
    [
      'keeps a German ordinal day with its month (r4 g3)',
      'Bitte geben Sie uns bis zum 11. Dezember Bescheid, ob Sie das Angebot annehmen. Danke.',
      ['Bitte geben Sie uns bis zum 11. Dezember Bescheid, ob Sie das Angebot annehmen.', 'Danke.'],
    ],
    [
      'keeps an Austrian month and a short month after the ordinal',
      'Das Gespräch ist am Montag, 4. Jänner um 10 Uhr. Am 3. Feb. folgt die zweite Runde.',
      ['Das Gespräch ist am Montag, 4. Jänner um 10 Uhr.', 'Am 3. Feb. folgt die zweite Runde.'],
    ],
    [
      'still splits after a number that ends a sentence',
      'Wir haben 12. Das ist viel.',
      ['Wir haben 12.', 'Das ist viel.'],
    ],
  ];
  for (const [name, text, want] of rows) {
    it(name, () => {
      const got = splitSentences(text);
      assert.deepEqual(
        got.map((s) => s.text),
        want,
      );
      for (const s of got) assert.equal(text.slice(s.index, s.index + s.text.length), s.text);
    });
  }
});
