// Rule 4's test (ADVICE.md fine print): does the employer's own text ask the candidate something? One row per
// sentence seen in real mail; boilerplate, small talk and requests to a colleague on copy ask nothing.
import assert from 'node:assert/strict';
import { askedSentence } from '../../../src/core/advice';
import type { Address, Message } from '../../../src/core/types';

function message(text: string, cc: readonly Address[] = []): Message {
  return {
    index: 0,
    from: { name: 'Megan Doyle', address: 'megan@tailwindtraders.com' },
    to: [{ name: 'Sam Carter', address: 'sam@gmail.com' }],
    cc,
    sentAt: '2026-12-10T10:20:00-05:00',
    sentAtZoneStated: true,
    subject: 'Re: Product Manager interview',
    text,
    signature: null,
    quoted: false,
    role: 'employer',
    automatic: false,
    calendar: [],
  };
}

const TOM: Address = { name: 'Tom Hughes', address: 'tom@tailwindtraders.com' };

const ASKS: readonly [string, string, (readonly Address[])?][] = [
  ['Could you send two references by Friday?', 'Could you send two references by Friday?'],
  ['Please confirm your notice period.', 'Please confirm your notice period.'],
  // "Kindly" and "request you to" are Indian and formal English's "please" (lead's round r25).
  [
    'Kindly share your updated resume by replying to this mail.',
    'Kindly share your updated resume by replying to this mail.',
  ],
  // An acknowledgement asked for, and Indian English's "revert" for a reply (lead's round r36).
  ['Kindly acknowledge this mail.', 'Kindly acknowledge this mail.'],
  ['Please acknowledge receipt of the offer letter.', 'Please acknowledge receipt of the offer letter.'],
  [
    'Kindly revert with your current CTC and notice period.',
    'Kindly revert with your current CTC and notice period.',
  ],
  [
    'We request you to confirm your presence for the drive.',
    'We request you to confirm your presence for the drive.',
  ],
  [
    'You are requested to submit the signed declaration.',
    'You are requested to submit the signed declaration.',
  ],
  // A text-message scheduler's one-letter answer.
  [
    'Your interview is confirmed for Tue at 3:30 PM. Reply C to confirm or R to reschedule.',
    'Reply C to confirm or R to reschedule.',
  ],
  ['Text YES to confirm your spot.', 'Text YES to confirm your spot.'],
  ['Reply to this email to confirm your attendance.', 'Reply to this email to confirm your attendance.'],
  ['Are you still interested in the role?', 'Are you still interested in the role?'],
  [
    'As a next step, please complete the online case study using the link below.',
    'As a next step, please complete the online case study using the link below.',
  ],
  ['Hi Sam,\nHow are you? Could you share your availability?', 'Could you share your availability?'],
  ['Sam, could you send your portfolio?', 'Sam, could you send your portfolio?', [TOM]],
  // Plain text wrapped at 72-80 columns: the request is one sentence across the line break.
  [
    "We'd like to keep moving.\nCould you send us two professional references, ideally a recent manager and a\npeer? Please also confirm your notice period.",
    'Could you send us two professional references, ideally a recent manager and a peer?',
  ],
  [
    'Thanks for coming in on Tuesday, the team enjoyed meeting you. Are you\navailable for a short call with our VP on Friday?',
    'Are you available for a short call with our VP on Friday?',
  ],
  // German, French and Spanish requests (held-out round: an ATS invitation that asks for a confirmation).
  [
    'Bitte bestätige den Termin kurz per Antwort auf diese E-Mail.',
    'Bitte bestätige den Termin kurz per Antwort auf diese E-Mail.',
  ],
  [
    'Könnten Sie uns noch Ihre Gehaltsvorstellung mitteilen.',
    'Könnten Sie uns noch Ihre Gehaltsvorstellung mitteilen.',
  ],
  ['Merci de nous confirmer votre présence.', 'Merci de nous confirmer votre présence.'],
  ['Pourriez-vous m’envoyer deux références.', 'Pourriez-vous m’envoyer deux références.'],
  [
    'Por favor, confirme su asistencia respondiendo a este correo.',
    'Por favor, confirme su asistencia respondiendo a este correo.',
  ],
  // Polite frames around a verb of answering, and imperatives with the pronoun attached (lead's round r24).
  [
    'Les rogamos que nos confirmen su asistencia antes del lunes.',
    'Les rogamos que nos confirmen su asistencia antes del lunes.',
  ],
  ['Te pido que me mandes tu CV actualizado.', 'Te pido que me mandes tu CV actualizado.'],
  ['Favor de confirmar su asistencia por este medio.', 'Favor de confirmar su asistencia por este medio.'],
  ['Confírmenos su disponibilidad para el jueves.', 'Confírmenos su disponibilidad para el jueves.'],
  ['Quedamos a la espera de su confirmación.', 'Quedamos a la espera de su confirmación.'],
  [
    'Je vous remercie de bien vouloir me confirmer votre présence.',
    'Je vous remercie de bien vouloir me confirmer votre présence.',
  ],
  [
    'Nous vous prions de nous retourner le formulaire signé.',
    'Nous vous prions de nous retourner le formulaire signé.',
  ],
  ['Confirmez-moi votre venue par retour de mail.', 'Confirmez-moi votre venue par retour de mail.'],
  [
    'Dans l’attente de votre confirmation, je vous souhaite une bonne journée.',
    'Dans l’attente de votre confirmation, je vous souhaite une bonne journée.',
  ],
  [
    'Wir bitten Sie, uns den Termin kurz per E-Mail zu bestätigen.',
    'Wir bitten Sie, uns den Termin kurz per E-Mail zu bestätigen.',
  ],
  [
    'Um eine kurze Rückmeldung bis Mittwoch wird gebeten.',
    'Um eine kurze Rückmeldung bis Mittwoch wird gebeten.',
  ],
  ['Gib mir bitte kurz Bescheid, ob das klappt.', 'Gib mir bitte kurz Bescheid, ob das klappt.'],
  // With other fillers and verbs (r46).
  [
    'Sag mir doch einfach Bescheid, ob der Dienstag geht.',
    'Sag mir doch einfach Bescheid, ob der Dienstag geht.',
  ],
  [
    'Sagen Sie uns gerne kurz Bescheid, ob Ihnen das passt.',
    'Sagen Sie uns gerne kurz Bescheid, ob Ihnen das passt.',
  ],
  // The request after the small talk is the question asked.
  [
    'Hola Martín, ¿cómo andás?\n\nNos gustó mucho tu perfil. ¿Me podrías pasar tu disponibilidad para la semana que viene?',
    '¿Me podrías pasar tu disponibilidad para la semana que viene?',
  ],
  // Elliptical questions that do ask: a need of the employer's, a time for the candidate to give.
  [
    'Need your references by Friday, can you send them over?',
    'Need your references by Friday, can you send them over?',
  ],
  ['Free for a quick call tomorrow at 10?', 'Free for a quick call tomorrow at 10?'],
  // A scheduler's link to pick a slot (board3).
  [
    'Please use the link below to choose a time for a 45-minute video interview.',
    'Please use the link below to choose a time for a 45-minute video interview.',
  ],
  [
    'Kindly click the button below to book your assessment slot.',
    'Kindly click the button below to book your assessment slot.',
  ],
  // A nominal German request (r62).
  [
    'Bitte um kurze Rückmeldung bis Dienstag, ob Sie den Termin wahrnehmen können.',
    'Bitte um kurze Rückmeldung bis Dienstag, ob Sie den Termin wahrnehmen können.',
  ],
  ['Wir bitten um Bestätigung des Termins.', 'Wir bitten um Bestätigung des Termins.'],
  // The same through a portal (r60).
  [
    'Please log in to the candidate portal and select an interview time that works for you within 3 business days.',
    'Please log in to the candidate portal and select an interview time that works for you within 3 business days.',
  ],
  [
    'Kindly sign in to Workday to schedule your interview.',
    'Kindly sign in to Workday to schedule your interview.',
  ],
  // A confirmation asked beside the offer to change still asks (r50).
  [
    'Please confirm the time works, or let me know if you need to reschedule.',
    'Please confirm the time works, or let me know if you need to reschedule.',
  ],
  [
    'Si le créneau vous convient, merci de le confirmer.',
    'Si le créneau vous convient, merci de le confirmer.',
  ],
];

const ASKS_NOTHING: readonly [string, (readonly Address[])?][] = [
  // The employer's own promise to let the candidate know asks nothing (r46).
  ['Wir sagen Ihnen Bescheid, sobald wir mehr wissen.'],
  // A system's "do not reply" asks for nothing, in each language (r33).
  ['Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.'],
  ['Bitte nicht auf diese E-Mail antworten.'],
  ['Please do not reply to this email; this mailbox is not monitored.'],
  ['Ce message est généré automatiquement, merci de ne pas y répondre.'],
  ['Por favor, no responda a este correo: es un envío automático.'],
  ['Wir melden uns binnen 14 Tagen bei Ihnen.'],
  ['Merci encore pour votre candidature.'],
  // The French letter's closing formula asks nothing.
  ['Veuillez agréer, Madame, l’expression de mes salutations distinguées.'],
  ['Le daremos una respuesta dentro de los próximos diez días.'],
  ['Let me know if you have any questions.'],
  ['Feel free to reach out with any questions.'],
  ['How are you? We will be in touch within two weeks.'],
  ['Hi Sam, how are you doing?'],
  ['How was your weekend?'],
  ['Hope you had a good Thanksgiving?'],
  ['Tom, could you send Sam the benefits overview we discussed?', [TOM]],
  ['Thanks again for coming in on Tuesday. We will be in touch.'],
  // Small talk in German, French and Spanish asks nothing either.
  ['Hola Martín, ¿cómo andás?'],
  ['¿Qué tal todo?'],
  ['Wie geht es Ihnen?'],
  ['Hallo Jonas, wie geht’s?'],
  ['Bonjour Inès, comment allez-vous ?'],
  ['Ça va ?'],
  // A frame that asks the candidate NOT to do something, and foreign boilerplate offers of help.
  ['Nous vous prions de ne pas contacter le service par téléphone.'],
  ['Le pedimos que no se comunique directamente con el cliente.'],
  ['Wir bitten Sie, von telefonischen Rückfragen abzusehen.'],
  ['Bei Fragen können Sie sich jederzeit gerne an mich wenden.'],
  ['Pour toute question, n’hésitez pas à me contacter.'],
  ['Si tienes alguna duda, puedes escribirme a este correo.'],
  // A question that offers help asks nothing: a scheduler's or an ATS notice's closing line.
  ['A new event has been scheduled.\n\nNeed to make changes to this event? Cancel or Reschedule'],
  ['Questions about your interview? Visit our candidate FAQ.'],
  ["Can't make it? Use the link in your invitation to pick another slot."],
  ['Running late? Call reception on 020 7946 0018.'],
  ['Having trouble joining the video call? Try the dial-in number below.'],
  ['Sie möchten den Termin verschieben? Nutzen Sie den Link in der Einladung.'],
  ['Besoin de modifier votre rendez-vous ? Utilisez le lien ci-dessous.'],
  ['Un empêchement ? Prévenez-nous au moins 24 heures avant.'],
  ['¿Necesitas reprogramar tu entrevista? Usa el enlace de la invitación.'],
  ['¿Dudas sobre el proceso? Escríbenos a talento@andes.example.'],
  // A request that holds only if the candidate wants to change the meeting (r50).
  ['If you ever need to move the interview, please reply to this message and we will find another time.'],
  ['Should you be unable to attend, kindly let the front desk know on 0161 496 0000.'],
  ["If this time doesn't work for you, please contact Dana in our scheduling team."],
  ['Text R to reschedule.'],
  ['Falls Sie den Termin verschieben müssen, antworten Sie bitte kurz auf diese E-Mail.'],
  ['Si vous devez annuler ce rendez-vous, merci de nous répondre au plus tôt.'],
  ['Si necesitas cambiar la hora, por favor responde a este correo.'],
  ['Si vous ne pouvez pas venir à cette heure, merci de nous répondre par retour.'],
  ['Si no puedes asistir ese día, avísanos por este medio.'],
  // A link to change the slot, asked only if the candidate needs to (board3).
  ['If you need to reschedule, please use the link below to pick another time.'],
  // A portal to look at, not to pick a slot in (r60).
  ['Please log in to your candidate home to view details.'],
];

// The candidate on copy and a colleague addressed in To: the vocative says whom the question is for.
const HANA: Address = { name: 'Hana Sato', address: 'hana.sato@tailwindtraders.com' };
const SAM: Address = { name: 'Sam Carter', address: 'sam@gmail.com' };
function forwarded(text: string): Message {
  return { ...message(text), to: [HANA], cc: [SAM] };
}
const BY_RECIPIENT: readonly [string, string | null][] = [
  ['Hana, could you join this panel? Sam is on copy.', null],
  ['Hana, please send Sam the interview guide.', null],
  ['Sam, could you confirm Thursday at 3 works?', 'Sam, could you confirm Thursday at 3 works?'],
  ['Could you both confirm Thursday at 3 works?', 'Could you both confirm Thursday at 3 works?'],
];

describe('askedSentence: the employer asks the candidate something', () => {
  for (const [text, want] of BY_RECIPIENT)
    it(`with the candidate known (on copy): ${JSON.stringify(text)}`, () => {
      assert.equal(askedSentence(forwarded(text), 'sam@gmail.com')?.text ?? null, want);
    });
  for (const [text, want, cc] of ASKS)
    it(`asks: ${JSON.stringify(text)}`, () => {
      assert.equal(askedSentence(message(text, cc))?.text, want);
    });
  for (const [text, cc] of ASKS_NOTHING)
    it(`asks nothing: ${JSON.stringify(text)}`, () => {
      assert.equal(askedSentence(message(text, cc)), null);
    });
});
