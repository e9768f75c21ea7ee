// The rules of the reader of German, French and Spanish (foreign.ts) added after rounds 30 and 34, each on real
// French lines: what a rule finds, and what it must leave alone.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { FR } from '../../../src/core/extract/phrases/fr';
import { frenchClocks } from '../../../src/core/extract/phrases/fr';
import { dateOf } from './score';

// Tuesday 10 November 2026, 10:00 in Paris.
const SENT = '2026-11-10T10:00:00+01:00';
const TZ = 'Europe/Paris';

function found(text: string, sentAt = SENT, tz = TZ): readonly string[] {
  return findInText(text, sentAt, { tz, languages: [FR] }).map((f) =>
    [f.kind, dateOf(f) ?? '', f.kind === 'interview' ? (f.time ?? '') : ''].join(' ').trim(),
  );
}

describe('extract: rules of the foreign-language reader (rounds 30 and 34)', () => {
  it('rewrites French clocks for chrono in place, keeping every index', () => {
    for (const text of ['à 10 h 30 (heure de Paris)', 'jeudi 19/11 à 3 pm UK time', 'même heure (10h30).'])
      assert.equal(frenchClocks(text).length, text.length);
    assert.equal(frenchClocks('à 3 pm'), 'à  15h');
    assert.equal(frenchClocks('à 10 h 30'), 'à   10h30');
    assert.equal(frenchClocks('le 13 pm'), 'le 13 pm');
  });

  it('reads a slot with a clock time under an invitation, in a label–value block', () => {
    assert.deepEqual(
      found(
        'Nous souhaiterions vous rencontrer pour un premier entretien.\n\nDate : lundi 16 novembre 2026\nHeure : 11:30 - 12:15',
      ),
      ['interview 2026-11-16 11:30'],
    );
  });

  it('reads the zone after a 12-hour clock, past its pm', () => {
    assert.deepEqual(found('Le call est calé le jeudi 19/11 à 3 pm UK time.'), [
      'interview 2026-11-19 16:00',
    ]);
  });

  it('counts a window in hours as whole days, and leaves a clock alone', () => {
    assert.deepEqual(found('Nous revenons vers vous sous 48h.'), ['response-by 2026-11-12']);
    assert.deepEqual(found("Vous aurez une réponse d'ici 18h."), []);
  });

  it('reads the end of the year and parts of a named month', () => {
    assert.deepEqual(found("Vous aurez une réponse avant la fin de l'année."), ['response-by 2026-12-31']);
    assert.deepEqual(found("Nous vous tiendrons au courant d'ici fin novembre."), ['response-by 2026-11-30']);
    assert.deepEqual(found('Une réponse vous parviendra début décembre.'), ['response-by 2026-12-10']);
    assert.deepEqual(found('Les entretiens se tiendront courant décembre.'), []);
  });

  it('reads a day of the month alone after a bound, not a count of things', () => {
    assert.deepEqual(found('Merci de ne pas nous relancer avant le 25.'), ['no-contact-before 2026-11-25']);
    assert.deepEqual(found("Nous recevrons jusqu'à 25 candidats en entretien."), []);
  });

  it('counts a window from the previous sentence’s day when it points back to it', () => {
    assert.deepEqual(
      found(
        'Votre entretien final aura lieu le vendredi 20 novembre à 16h. Nous vous communiquerons notre décision dans les 48 heures qui suivent.',
      ),
      ['interview 2026-11-20 16:00', 'response-by 2026-11-22'],
    );
    // An event without a year, just past, is this year's: the window counts from it.
    assert.deepEqual(
      found(
        'Suite à votre entretien du 9 novembre, nous vous répondrons dans les 10 jours suivant cette date.',
      ),
      ['response-by 2026-11-19'],
    );
    // A day already past is no event to count from in a later sentence.
    assert.deepEqual(
      found(
        'Votre candidature du 3 novembre a bien été reçue. Nous vous répondrons dans les 15 jours qui suivent.',
      ),
      ['response-by 2026-11-25'],
    );
    // A window counted from an event the message does not date is no promise, as in English ("Once we have
    // reviewed your application, we will respond within 15 days": nothing).
    assert.deepEqual(
      found(
        'Votre candidature du 3 novembre a bien été reçue. Une fois votre dossier étudié, nous vous répondrons sous 15 jours.',
      ),
      [],
    );
  });

  it('keeps a moved slot’s new day and drops a cancelled day everywhere in the message', () => {
    assert.deepEqual(
      found('Votre entretien du lundi 16 novembre est déplacé au mercredi 18 novembre, même heure (10h30).'),
      ['interview 2026-11-18 10:30'],
    );
    assert.deepEqual(
      found(
        "Nous devons annuler notre rendez-vous de demain.\n\n-----Message d'origine-----\nJe vous confirme notre entretien le mercredi 11 novembre à 9h30.",
      ),
      [],
    );
  });

  it('takes a past day read as next year for no slot, and an initial for no sentence end', () => {
    assert.deepEqual(
      found('Entretien RH : terminé le 5 novembre. Entretien technique : planifié le 17 novembre à 11:00.'),
      ['interview 2026-11-17 11:00'],
    );
    assert.deepEqual(found('Votre entretien avec M. Konaté aura lieu le 3 décembre.'), [
      'interview 2026-12-03',
    ]);
  });
});
