// Rules added after held-out rounds 38 (English) and 39 (German) of issue 13, each pinned by rows of its own that
// are not round rows: real lines with their answers from TIMELINE-CONVENTIONS.md.
import { DE } from '../../../src/core/extract/phrases/de';
import { checkRows, type RuleRow } from './ruleRows';

// Monday 2 November 2026, 09:00 in Berlin.
const BER = { sentAt: '2026-11-02T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 10 November 2026, 10:00 in New York.
const NY = { sentAt: '2026-11-10T10:00:00-05:00', tz: 'America/New_York' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE]);

describe('German rules of round 39 (issue 13)', () => {
  check([
    // A list of slots, one a line, is no range across its lines (chrono's "-" merge), so no slot is chosen.
    [
      BER,
      'Wir können Ihnen folgende Termine für ein Gespräch anbieten:\n- Mittwoch, 4.11., 10:00 Uhr\n- Freitag, 6.11., 14:00 Uhr',
      [],
    ],
    // A range on one line still is one: its first day.
    [
      BER,
      'Ihr Vorstellungsgespräch findet am 12.11.2026 von 10:00 - 11:00 Uhr statt.',
      ['interview 2026-11-12 10:00'],
    ],
    // A process's usual length with a promise after it.
    [
      BER,
      'Die Prüfung der Unterlagen nimmt in der Regel drei Wochen in Anspruch; danach melden wir uns bei Ihnen.',
      ['response-by 2026-11-23'],
    ],
    [BER, 'Die Auswahl dauert zwei Wochen, danach melden wir uns bei Ihnen.', ['response-by 2026-11-16']],
    // du forms and the verb before its subject.
    [BER, 'Du hörst spätestens am Freitag von uns.', ['response-by 2026-11-06']],
    [BER, 'Bis Donnerstag informieren wir Sie über das Ergebnis.', ['response-by 2026-11-05']],
    [BER, 'Wir schicken Ihnen den Vertrag bis Mittwoch.', ['response-by 2026-11-04']],
    [BER, 'Am Dienstag treffen wir uns dann um 11 Uhr in der Zentrale.', ['interview 2026-11-03 11:00']],
    [
      BER,
      'Hättest du am Mittwoch um 15 Uhr Zeit für einen kurzen Austausch?',
      ['interview 2026-11-04 15:00'],
    ],
    // A window after the end of a deadline named in the sentence before counts from it, whatever the deadline's word.
    [
      BER,
      'Die Ausschreibung läuft bis zum 13. November. Nach Ende der Frist melden wir uns innerhalb einer Woche.',
      ['response-by 2026-11-20'],
    ],
    // A moved slot: the day it leaves is none, its new day after "auf" or "stattdessen" is the slot.
    [BER, 'Ihr Gespräch am 5.11. wird auf den 9.11. um 10 Uhr verschoben.', ['interview 2026-11-09 10:00']],
    [
      BER,
      'Das Interview am Donnerstag müssen wir leider verlegen. Können Sie stattdessen am Freitag um 9 Uhr?',
      ['interview 2026-11-06 09:00'],
    ],
    // An aside between two dashes reads with the clause around it.
    [
      BER,
      'Wir werden Ihnen nach dem Termin – voraussichtlich am Freitag, 6. November – Bescheid geben.',
      ['response-by 2026-11-06'],
    ],
    [
      BER,
      'Das Gespräch – wie besprochen am Donnerstag um 10 Uhr – findet in Raum 2 statt.',
      ['interview 2026-11-05 10:00'],
    ],
    // A note greeting colleagues is about another candidate's interview; the same words to the candidate are a slot.
    [
      BER,
      'Liebe Kolleginnen und Kollegen,\n\ndas Gespräch mit Frau Yilmaz findet am Mittwoch um 11 Uhr statt.',
      [],
    ],
    [
      BER,
      'Hallo Frau Yilmaz,\n\ndas Gespräch mit Frau Keller findet am Mittwoch um 11 Uhr statt.',
      ['interview 2026-11-04 11:00'],
    ],
    // An applicant tracking system's German labels alone say the message is German.
    [
      BER,
      'Einladung zum Interview\nDatum:\t05.11.2026\nUhrzeit:\t10:00:00\nOrt:\tBüro Mitte',
      ['interview 2026-11-05 10:00'],
    ],
    // Swiss spelling (ss for ß), and a pointing word before the window counts from the sentence before.
    [
      BER,
      'Die Bewerbungsfrist endet am 6. November. Wir melden uns anschliessend innerhalb von zwei Wochen bei Ihnen.',
      ['response-by 2026-11-20'],
    ],
    [
      BER,
      'Die Bewerbungsfrist endet am 6. November. Wir melden uns anschließend innerhalb von zwei Wochen bei Ihnen.',
      ['response-by 2026-11-20'],
    ],
    // The week after next, and one promise per message: the latest.
    [BER, 'Sie hören Ende übernächster Woche von uns.', ['response-by 2026-11-20']],
    [BER, 'Eine Rückmeldung bekommen Sie Anfang übernächster Woche.', ['response-by 2026-11-17']],
    [
      BER,
      'Die Prüfung dauert in der Regel eine Woche; Sie hören dann Ende übernächster Woche von uns.',
      ['response-by 2026-11-20'],
    ],
    // An offer of the post with words between; du and ihr no-calls; a city's clock.
    [BER, 'Wir möchten dir die Stelle als Junior Designerin gerne anbieten.', ['outcome offer']],
    [BER, 'Bitte ruft nicht bei uns an, wir melden uns.', ['no-calls']],
    [BER, 'Passt Ihnen ein Gespräch am Donnerstag um 10 Uhr Londoner Zeit?', ['interview 2026-11-05 11:00']],
    // A weekday of next week; a bare hour with "Uhr"; an offer as a choice made for the candidate.
    [BER, 'Wir melden uns spätestens bis Freitag nächster Woche.', ['response-by 2026-11-13']],
    [
      BER,
      'Das Gespräch verschieben wir auf Donnerstag, gleiche Uhrzeit (15 Uhr).',
      ['interview 2026-11-05 15:00'],
    ],
    [
      BER,
      'Wir haben uns für dich entschieden und schicken dir den Vertrag bis Freitag.',
      ['outcome offer', 'response-by 2026-11-06'],
    ],
    // Hold-offs with the day inside the request, or until an event is over.
    [BER, 'Bitte sehen Sie bis zum 16. November von Nachfragen ab.', ['no-contact-before 2026-11-16']],
    [
      BER,
      'Bitte warten Sie mit Rückfragen, bis die Bewerbungsfrist am 15.11. abgelaufen ist.',
      ['no-contact-before 2026-11-16'],
    ],
    // A window counted from an event named after it.
    [
      BER,
      'Eine Rückmeldung erhalten Sie spätestens zehn Werktage nach Ende der Bewerbungsfrist (20.11.).',
      ['response-by 2026-12-04'],
    ],
    [
      BER,
      'Wir melden uns innerhalb einer Woche nach dem Auswahltag am 9. November.',
      ['response-by 2026-11-16'],
    ],
    [BER, 'Telefonisch sind wir für Rückfragen zu Bewerbungen leider nicht erreichbar.', ['no-calls']],
    // Phone information refused far after its words.
    [
      BER,
      'Telefonische Auskünfte über den Stand des Verfahrens können wir Ihnen leider nicht geben.',
      ['no-calls'],
    ],
  ]);
});

describe('English rules of round 38 (issue 13)', () => {
  check([
    // A review's usual length is a promise; the length of an interview process is not.
    [
      NY,
      'Our team screens every application, and this typically takes about two weeks.',
      ['response-by 2026-11-24'],
    ],
    [NY, 'Our interview process has four stages and usually takes three weeks.', []],
    [NY, 'The hiring team normally takes 7-10 days to review.', ['response-by 2026-11-20']],
    [NY, 'It usually takes us 5 business days to get back to applicants.', ['response-by 2026-11-17']],
    // "that week": the week of the day named before it; with none, no week.
    [
      NY,
      'The panel meets on Monday 23 November and we will let you know later that week.',
      ['response-by 2026-11-27'],
    ],
    [NY, "We'll make a decision by the end of that week.", []],
    // A label and a tab before a time on the line below its day.
    [
      NY,
      'Interview Schedule\nDate\t12/11/2026\nStart Time\t09:30:00\nEnd Time\t10:30:00',
      ['interview 2026-12-11 09:30'],
    ],
    // Interviews as a topic make no slot.
    [NY, 'Join our free webinar on interview tips on Thursday, November 19 at 6pm.', []],
    [NY, 'Career Services: How to prepare for your final interview - Thursday, November 19 at 6pm.', []],
    // Interviews for a role on a day are a schedule; "your interviews" are the candidate's.
    [
      NY,
      'The final interviews for the Data Analyst position are on Monday, November 16: Ana at 9:00 AM and Ben at 11:00 AM.',
      [],
    ],
    [NY, 'Your interviews are on Monday, November 16 at 9:00 AM.', ['interview 2026-11-16 09:00']],
    // A no-calls request keeps its meaning when a later clause of its own has "until".
    [
      NY,
      'We ask that candidates do not contact the team directly, and we will not be reviewing applications until the posting closes.',
      ['no-calls'],
    ],
    // A window "of the final interview" counts from the interview day named before it, and the next sentence's
    // "right after" makes it the promise; with no day named, there is no window.
    [
      NY,
      "Your final interview is on Thursday, November 12 at 2pm. The panel meets within two days of the final interview. I'll be in touch with you right after.",
      ['interview 2026-11-12 14:00', 'response-by 2026-11-14'],
    ],
    [NY, "The panel meets within two days of the final interview. I'll be in touch right after.", []],
    [NY, "The committee meets within a week. We'll let you know right after.", ['response-by 2026-11-17']],
    [NY, 'The committee meets within a week. Feel free to call me then.', []],
    [
      NY,
      "Your interview is on Thursday, November 12. We'll let you know the outcome right after.",
      ['interview 2026-11-12'],
    ],
    // A condition after ";" leaves the hold-off before it standing.
    [
      NY,
      "Please don't chase us before 16 November; if you haven't heard from us by 20 November, please assume the role has been filled.",
      ['no-contact-before 2026-11-16', 'response-by 2026-11-20'],
    ],
    // "bring … forward" moves a slot.
    [
      NY,
      "We'd like to bring your final interview forward from Friday 20 November to Wednesday 18 November at 2pm.",
      ['interview 2026-11-18 14:00'],
    ],
    // Deliveries with other verbs, and "post which" starts another clause.
    [NY, 'We will email you the employment contract within 3 business days.', ['response-by 2026-11-13']],
    [
      NY,
      'We will release the offer letter by Friday, post which you can confirm your joining date.',
      ['response-by 2026-11-13'],
    ],
    // A status changed to a rejection; to anything else, nothing.
    [NY, 'Your application status has been changed to: Unsuccessful.', ['outcome rejected']],
    [NY, 'Your application status has been updated to: Under Review.', []],
    // A note to the interviewers.
    [
      NY,
      "Interview kit ready: your interview with candidate Leo Park is on Monday, November 16 at 10:00 AM. Please review the candidate's resume beforehand.",
      [],
    ],
    // Two numbered days side by side are a list of slots, not one day.
    [NY, 'Interview slots available: Mon 16 Nov 10:00, Tue 17 Nov 14:00.', []],
    // Another person's interview; "her interview with you" is the candidate's.
    [NY, 'Your colleague Ben has his interview on Thursday at 2pm.', []],
    [NY, 'Dana will run her interview with you on Thursday at 2pm.', ['interview 2026-11-12 14:00']],
    // "We're not in a position to take calls".
    [NY, "We're not in a position to take calls regarding your application status.", ['no-calls']],
    // A minute to midnight ends a deadline; an expiry is no slot.
    [NY, 'Video interview: Friday, November 13, 11:59 PM ET', []],
    [
      NY,
      'Your coding test link expires on Friday, November 13 at 5:00 PM. Good luck with the interview!',
      [],
    ],
    // A review of all applications within a window of a stated day.
    [
      NY,
      'We review all applications within two weeks of the closing date, which is November 20.',
      ['response-by 2026-12-04'],
    ],
    // No promise before the message's own hold-off day.
    [
      NY,
      "Our team is finalizing offers this week. We won't have an update before November 23, so please hold off on reaching out until then.",
      ['no-contact-before 2026-11-23'],
    ],
    // Thanks for interviews (plural) are for a past meeting: "today" is no promise.
    [
      NY,
      'Thank you for attending your interviews with us today! We will be in touch by Friday.',
      ['response-by 2026-11-13'],
    ],
  ]);
});
