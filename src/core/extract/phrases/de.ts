/**
 * German phrase knowledge (issue 13): the same meanings as phrases/en.ts, one phrase a row, each with the line it
 * was taken from. Loaded on demand with chrono-node's German parser (languages/load.ts).
 */
import * as de from 'chrono-node/de';
import { readForeign } from '../foreign';
import type { LanguageTables } from './language';

export const DE: LanguageTables = {
  code: 'de',
  read: readForeign,
  chrono: de.casual,
  numbers: {
    ein: 1,
    eine: 1,
    einer: 1,
    einem: 1,
    eines: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    zwölf: 12,
    vierzehn: 14,
    zwanzig: 20,
    dreißig: 30,
    paar: 2,
    'ein paar': 2,
  },
  months: {
    januar: 1,
    jänner: 1,
    februar: 2,
    märz: 3,
    april: 4,
    mai: 5,
    juni: 6,
    juli: 7,
    august: 8,
    september: 9,
    oktober: 10,
    november: 11,
    dezember: 12,
  },
  dayWords: [
    {
      pattern: String.raw`(?:heute|morgen|übermorgen)`,
      example: 'Ich freue mich auf unser Gespräch morgen um 9:30 Uhr.',
    },
  ],
  windowLeads: [
    {
      pattern: String.raw`(?:etwa|ca\.|rund|ungefähr|mindestens)`,
      example: 'Das Auswahlverfahren dauert erfahrungsgemäß etwa drei Wochen.',
    },
    { pattern: String.raw`binnen`, example: 'Wir melden uns binnen 14 Tagen bei Ihnen.' },
    {
      pattern: String.raw`innerhalb(?:\s+von|\s+der\s+nächsten)?`,
      example: 'Eine Entscheidung erwarten wir innerhalb von zwei Wochen.',
    },
    {
      pattern: String.raw`in\s+den\s+(?:nächsten|kommenden)`,
      example: 'Sie hören in den nächsten zwei Wochen von uns.',
    },
    { pattern: String.raw`in\s+(?:etwa|ca\.)`, example: 'Sie erhalten in etwa zwei Wochen eine Antwort.' },
    { pattern: String.raw`spätestens\s+in`, example: 'Wir melden uns spätestens in 10 Tagen.' },
  ],
  units: [
    {
      pattern: String.raw`(?:Werk|Arbeits|Geschäfts)tag(?:e|en)?`,
      unit: 'business-day',
      example: 'innerhalb von 10 Werktagen',
    },
    { pattern: String.raw`Tag(?:e|en)?`, unit: 'day', example: 'binnen 14 Tagen' },
    { pattern: String.raw`Woche(?:n)?`, unit: 'week', example: 'innerhalb von zwei Wochen' },
    { pattern: String.raw`Monat(?:e|en|s)?`, unit: 'month', example: 'innerhalb eines Monats' },
  ],
  periods: [
    {
      pattern: String.raw`(?:noch\s+)?(?:vor|bis)\s+Weihnachten`,
      period: 'before-christmas',
      example: 'Wir hoffen, Ihnen noch vor Weihnachten Bescheid geben zu können.',
    },
    {
      pattern: String.raw`(?:Ende\s+(?:des|dieses)\s+Monats|Monatsende|Ende\s+des\s+laufenden\s+Monats)`,
      period: 'end-of-month',
      example: 'Sie erhalten bis Ende des Monats eine Rückmeldung von uns.',
    },
    {
      pattern: String.raw`Anfang\s+(?:der\s+)?(?:kommender|nächster|kommenden|nächsten)\s+Woche`,
      period: 'early-next-week',
      example: 'Wir werden uns Anfang kommender Woche bei Ihnen melden.',
    },
    {
      pattern: String.raw`(?:Mitte|Ende)\s+(?:der\s+)?(?:kommender|nächster|kommenden|nächsten)\s+Woche`,
      period: 'next-week',
      example: 'Wir melden uns Ende nächster Woche.',
    },
    {
      pattern: String.raw`(?:(?:in\s+der\s+)?(?:kommenden|nächsten)|kommende|nächste)\s+Woche`,
      period: 'next-week',
      example: 'Wir werden Ihnen nächste Woche Bescheid geben.',
    },
    {
      pattern: String.raw`(?:(?:im\s+Laufe\s+)?(?:dieser|diese)\s+Woche|Ende\s+der\s+Woche|zum\s+Wochenende)`,
      period: 'this-week',
      example: 'Wir melden uns im Laufe dieser Woche.',
    },
    {
      pattern: String.raw`in\s+den\s+(?:nächsten|kommenden)\s+Tagen`,
      period: 'coming-days',
      example: 'Wir melden uns in den nächsten Tagen.',
    },
    {
      pattern: String.raw`(?:im\s+)?(?:nächsten|kommenden)\s+Monat`,
      period: 'next-month',
      example: 'Wir entscheiden im nächsten Monat.',
    },
  ],
  midMonth: [{ pattern: String.raw`Mitte`, example: 'Bis Mitte Dezember treffen wir unsere Entscheidung.' }],
  bounds: [
    {
      pattern: String.raw`(?:Rückkehr|zurück)(?:\s+(?:am|ab))?`,
      bound: 'until',
      example: 'bitte warten Sie mit Rückfragen bis zu ihrer Rückkehr am 16. November.',
    },
    {
      pattern: String.raw`bis(?:\s+zum|\s+zur|\s+spätestens)?`,
      bound: 'by',
      example: 'Sie hören bis Freitag von uns.',
    },
    {
      pattern: String.raw`spätestens(?:\s+(?:am|bis))?`,
      bound: 'by',
      example: 'Wir geben Ihnen spätestens am 13. November Bescheid.',
    },
    {
      pattern: String.raw`(?:noch\s+)?vor(?:\s+dem|\s+der)?`,
      bound: 'before',
      example: 'Bitte sehen Sie von Nachfragen vor dem 20. November ab.',
    },
    {
      pattern: String.raw`nicht\s+vor(?:\s+dem)?`,
      bound: 'before',
      example: 'Bitte melden Sie sich nicht vor dem 16. November bei uns.',
    },
  ],
  response: [
    {
      pattern: String.raw`(?:Auswahl)?(?:verfahren|prozess)\s+dauert`,
      example: 'Das Auswahlverfahren dauert erfahrungsgemäß etwa drei Wochen.',
    },
    {
      pattern: String.raw`(?:geht|gehen)\s+Ihnen\s+(?:\p{L}+\s+){0,4}?zu`,
      example: 'Der Vertrag geht Ihnen per Post zu.',
    },
    { pattern: String.raw`Nachricht`, example: 'Sie erhalten innerhalb einer Woche eine Nachricht.' },
    { pattern: String.raw`(?:melden|meldet|melde)`, example: 'Wir melden uns binnen 14 Tagen bei Ihnen.' },
    {
      pattern: String.raw`uns\s+(?:bei\s+Ihnen\s+)?melden`,
      example: 'Wir werden uns bei Ihnen melden.',
    },
    {
      pattern: String.raw`Rückmeldung`,
      example: 'Sie erhalten bis Ende des Monats eine Rückmeldung von uns.',
    },
    { pattern: String.raw`Bescheid`, example: 'Wir geben Ihnen spätestens am 13. November Bescheid.' },
    {
      pattern: String.raw`Entscheidung`,
      example: 'Eine Entscheidung erwarten wir innerhalb von zwei Wochen.',
    },
    { pattern: String.raw`entscheiden`, example: 'Wir entscheiden im nächsten Monat.' },
    {
      pattern: String.raw`(?:hören|hört)\s+(?:\p{L}+\s+){0,3}?von\s+(?:uns|mir)`,
      example: 'Sie hören bis Freitag von uns.',
    },
    { pattern: String.raw`Antwort`, example: 'Sie erhalten innerhalb von 10 Werktagen eine Antwort.' },
    {
      pattern: String.raw`(?:informieren|benachrichtigen|kontaktieren)\s+(?:Sie|dich)`,
      example: 'Wir informieren Sie bis Freitag über das Ergebnis.',
    },
    {
      pattern: String.raw`in\s+Verbindung`,
      example: 'Wir setzen uns nächste Woche mit Ihnen in Verbindung.',
    },
    {
      pattern: String.raw`(?:Feedback|Ergebnis|Zusage|Absage)`,
      example: 'Ein Feedback erhalten Sie bis Mitte Dezember.',
    },
  ],
  interview: [
    {
      pattern: String.raw`(?:verschoben|verlegt)`,
      example: 'Wir haben Ihr Gespräch auf Freitag, 13. November, 11 Uhr verschoben.',
    },
    {
      pattern: String.raw`\p{L}*gespräch(?:s|es)?`,
      example: 'Ihr Vorstellungsgespräch findet am 12.11.2026 um 14:00 Uhr statt.',
    },
    { pattern: String.raw`Interview`, example: 'Ihr Interview ist am Dienstag um 10 Uhr.' },
    {
      pattern: String.raw`Telefonat`,
      example: 'Haben Sie am Donnerstag um 11 Uhr Zeit für ein kurzes Telefonat?',
    },
    {
      pattern: String.raw`(?:Video)?(?:call|anruf)`,
      example: 'Ich rufe Sie am Montag um 10 Uhr an (Videocall).',
    },
    { pattern: String.raw`Termin`, example: 'Wir bestätigen Ihren Termin am Freitag um 9 Uhr.' },
    {
      pattern: String.raw`\p{L}+termin`,
      example: 'Interviewtermin: Donnerstag, 12.11.2026, 09:00 Uhr – Ort: Microsoft Teams',
    },
    {
      pattern: String.raw`(?:kennenlernen|Kennenlernen)`,
      example: 'Wir würden Sie gern am Dienstag um 14 Uhr kennenlernen.',
    },
    {
      pattern: String.raw`(?:haben|hätten)\s+Sie\s+(?:\S+\s+){0,6}?Zeit`,
      example: 'Haben Sie am Donnerstag um 11 Uhr Zeit?',
    },
    {
      pattern: String.raw`begrüßen`,
      example: 'Wir freuen uns, Sie am Montag um 15 Uhr bei uns begrüßen zu dürfen.',
    },
    { pattern: String.raw`(?:Teams|Zoom)`, example: 'per Teams am Mittwoch um 9 Uhr' },
  ],
  genericInterviews: [
    {
      pattern: String.raw`(?:die|den|weiteren|anderen|übrigen)\s+(?:Kandidat(?:en|innen)|Bewerber(?:n|innen)|Finalist(?:en|innen))`,
      example: 'Wir führen derzeit noch Gespräche mit weiteren Kandidaten.',
    },
    {
      pattern: String.raw`\p{L}*gespräche`,
      example: 'Die Auswahlgespräche führen wir in der Woche vom 16. November.',
    },
    {
      pattern: String.raw`in\s+der\s+Woche\s+vom`,
      example: 'Die Gespräche finden in der Woche vom 16. November statt.',
    },
    { pattern: String.raw`Interviews`, example: 'Die Interviews beginnen am 2. Juni.' },
  ],
  holdOff: [
    {
      pattern: String.raw`sehen\s+Sie\s+(?:bitte\s+)?von`,
      example: 'Bitte sehen Sie von Nachfragen vor dem 20. November ab.',
    },
    {
      pattern: String.raw`(?:bitten|bitte)\s+(?:\S+\s+){0,8}?abzusehen`,
      example: 'Wir bitten Sie, vor dem 20. November von Nachfragen abzusehen.',
    },
    {
      pattern: String.raw`nicht\s+vor`,
      example: 'Bitte melden Sie sich nicht vor dem 16. November bei uns.',
    },
    {
      pattern: String.raw`(?:erst|frühestens)\s+(?:ab|nach)`,
      example: 'Bitte fragen Sie erst ab dem 20. November nach.',
    },
    {
      pattern: String.raw`(?:warten|gedulden)\s+Sie`,
      example: 'Bitte warten Sie zwei Wochen, bevor Sie nachfragen.',
    },
  ],
  candidateDeadline: [
    {
      pattern: String.raw`melden\s+Sie\s+sich\s+(?:bitte\s+)?(?:bis|spätestens)`,
      example: 'Melden Sie sich bitte bis Freitag, ob der Termin passt.',
    },
    {
      pattern: String.raw`(?:bitte|bitten\s+wir\s+Sie)\s+(?:\p{L}+\s+){0,4}?(?:bestätigen|senden|schicken|zurück|unterschreiben|einreichen|mitteilen|antworten)`,
      example: 'Bitte bestätigen Sie den Termin bis Mittwoch.',
    },
    {
      pattern: String.raw`(?:bestätigen|senden|schicken|reichen)\s+Sie`,
      example: 'Bitte senden Sie uns die Unterlagen bis zum 10. November zurück.',
    },
    {
      pattern: String.raw`teilen\s+Sie\s+uns`,
      example: 'Teilen Sie uns bis Freitag mit, ob der Termin passt.',
    },
  ],
  fact: [
    {
      pattern: String.raw`(?:erster|ersten)\s+Arbeitstag`,
      example: 'Ihr erster Arbeitstag wäre der 1. Januar 2027.',
    },
    {
      pattern: String.raw`(?:Eintritt|Eintrittsdatum|Arbeitsbeginn|Start\p{L}*)`,
      example: 'Ihr Eintrittsdatum ist der 1. Februar.',
    },
    { pattern: String.raw`\p{L}*frist`, example: 'Die Bewerbungsfrist endet am 30. November.' },
    { pattern: String.raw`geschlossen`, example: 'Unser Büro ist vom 24.12. bis 1.1. geschlossen.' },
    {
      pattern: String.raw`(?:Urlaub|Betriebsferien|Gehalt|Probezeit)`,
      example: 'Herr Schmidt ist bis zum 6. November im Urlaub.',
    },
  ],
  past: [
    {
      pattern: String.raw`(?:gestern|vorgestern|letzte[nr]?\s+Woche|letzten\s+\p{L}+)`,
      example: 'Vielen Dank für das Gespräch gestern.',
    },
    {
      pattern: String.raw`(?:danke|vielen\s+Dank|herzlichen\s+Dank)\s+(?:\p{L}+\s+){0,4}?(?:für)`,
      example: 'Vielen Dank für das angenehme Gespräch am Montag.',
    },
  ],
  callWelcome: [
    { pattern: String.raw`zögern\s+Sie\s+nicht`, example: 'Zögern Sie nicht, mich anzurufen.' },
    {
      pattern: String.raw`(?:gerne|gern)\s+(?:\p{L}+\s+){0,3}?(?:anrufen|erreichbar)`,
      example: 'Sie können mich gerne anrufen.',
    },
  ],
  noCalls: [
    {
      pattern: String.raw`telefonisch\s+(?:\p{L}+\s+){0,2}?keine\s+(?:Auskünfte|Auskunft|Rückfragen)`,
      example: 'dass wir telefonisch keine Auskünfte zum Stand Ihrer Bewerbung geben können.',
    },
    {
      pattern: String.raw`sehen\s+Sie\s+(?:bitte\s+)?von\s+(?:\p{L}+\s+){0,2}?Anrufen`,
      example: 'Bitte sehen Sie von Anrufen ab.',
    },
    {
      pattern: String.raw`telefonische\s+(?:Rückfragen|Anfragen|Nachfragen)\s+(?:sind|können)\s+(?:\p{L}+\s+){0,3}?(?:nicht|keine)`,
      example: 'Telefonische Rückfragen sind leider nicht möglich.',
    },
    {
      pattern: String.raw`(?:von\s+)?telefonischen\s+(?:Rückfragen|Anfragen|Nachfragen)\s+(?:\p{L}+\s+){0,3}?ab(?:zusehen|sehen)`,
      example: 'Von telefonischen Anfragen bitten wir abzusehen.',
    },
    {
      pattern: String.raw`(?:rufen|telefonieren)\s+Sie\s+(?:\p{L}+\s+){0,3}?nicht`,
      example: 'Bitte rufen Sie uns nicht an, wir melden uns bei Ihnen.',
    },
    {
      pattern: String.raw`keine\s+(?:telefonischen\s+)?(?:Anrufe|Rückfragen|Anfragen)`,
      example: 'Bitte keine Anrufe oder Agenturen.',
    },
    {
      pattern: String.raw`keine\s+(?:\p{L}+\s+){0,2}?Auskünfte\s+(?:\p{L}+\s+){0,2}?telefonisch|(?:nicht|keine)\s+(?:\p{L}+\s+){0,3}?telefonisch\s+(?:\p{L}+\s+){0,3}?(?:beantworten|Auskunft|Auskünfte)`,
      example: 'Wir können leider keine Auskünfte telefonisch geben.',
    },
    {
      pattern: String.raw`(?:Anrufe|telefonische\s+Anfragen)\s+(?:\p{L}+\s+){0,3}?(?:nicht|keine)`,
      example: 'Anrufe werden leider nicht beantwortet.',
    },
  ],
  rejection: [
    {
      pattern: String.raw`gegen\s+(?:Ihre|eine)\s+(?:Bewerbung|Kandidatur)\s+entschieden`,
      example: 'Leider haben wir uns nach reiflicher Überlegung gegen Ihre Bewerbung entschieden.',
    },
    {
      pattern: String.raw`(?:bereits|schon|inzwischen)\s+(?:anderweitig\s+)?(?:besetzt|vergeben)`,
      example: 'Leider ist die Stelle bereits besetzt.',
    },
    {
      pattern: String.raw`(?:für|mit)\s+(?:(?:einen|eine|einer)\s+)?(?:anderen|andere|anderer)\s+(?:Kandidat\p{L}*|Bewerber\p{L}*|Person\p{L}*)`,
      example: 'dass wir uns für einen anderen Kandidaten entschieden haben.',
    },
    {
      pattern: String.raw`nicht\s+(?:weiter\s+|mehr\s+)?berücksichtigen`,
      example: 'Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.',
    },
    { pattern: String.raw`(?:Absage|absagen)`, example: 'Leider müssen wir Ihnen eine Absage erteilen.' },
    {
      pattern: String.raw`leider\s+(?:\p{L}+\s+){0,6}?(?:nicht|keine)\s+(?:\p{L}+\s+){0,4}?(?:berücksichtigen|anbieten|weiterverfolgen|fortsetzen)`,
      example: 'Leider können wir Ihnen die Stelle nicht anbieten.',
    },
    {
      pattern: String.raw`anderweitig\s+(?:besetzt|vergeben|entschieden)`,
      example: 'Die Stelle wurde anderweitig besetzt.',
    },
  ],
  offer: [
    {
      pattern: String.raw`Ihnen\s+(?:die|diese)\s+(?:Position|Stelle)\s+anbieten`,
      example: 'Wir sind von Ihnen überzeugt und möchten Ihnen die Position anbieten.',
    },
    {
      pattern: String.raw`(?:freuen|freue)\s+(?:uns|mich)[,\s]+(?:\p{L}+\s+){0,6}?(?:anbieten|anzubieten|Angebot)`,
      example: 'Wir freuen uns, Ihnen die Stelle als Projektleiterin anbieten zu können.',
    },
    {
      pattern: String.raw`(?:freuen|freue)\s+(?:uns|mich)\s+(?:sehr|besonders|riesig|außerordentlich)[,\s]+(?:\p{L}+\s+){0,8}?(?:anbieten|anzubieten|Angebot)`,
      example:
        'Wir freuen uns sehr, Ihnen die Position als Projektleiterin Automatisierung anbieten zu können.',
    },
    {
      pattern: String.raw`(?:\p{L}*angebot|Zusage)\s+(?:\p{L}+\s+){0,2}?(?:unterbreiten|machen|geben|erteilen)`,
      example: 'Wir möchten Ihnen gerne ein Vertragsangebot unterbreiten.',
    },
    {
      pattern: String.raw`(?:Arbeitsvertrag|Vertrag)\s+(?:\p{L}+\s+){0,2}?(?:anbei|im\s+Anhang)`,
      example: 'Ihren Arbeitsvertrag finden Sie anbei.',
    },
  ],
  answer: [
    {
      pattern: String.raw`(?:Ihre|deine|eure)\s+(?:Entscheidung|Rückmeldung|Antwort|Zusage|Unterschrift)`,
      example: 'Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis zum 14. Dezember mitteilen.',
    },
    {
      pattern: String.raw`(?:unterschrieben|unterzeichnet)\w*\s+(?:\p{L}+\s+){0,3}?(?:zurück|zurücksenden|zukommen)`,
      example: 'Bitte senden Sie uns den Vertrag bis Freitag unterschrieben zurück.',
    },
    {
      pattern: String.raw`(?:Angebot|Vertragsangebot)\s+(?:ist|bleibt)\s+[^!?\n]{0,40}?(?:gültig|offen)`,
      example: 'Das Angebot ist bis zum 18. Dezember gültig.',
    },
    {
      pattern: String.raw`(?:gib|gebt|geben\s+Sie)\s+(?:uns|mir)\s+(?:\p{L}+\s+){0,3}?Bescheid`,
      example: 'Gib uns bitte bis Mittwoch Bescheid, ob du das Angebot annimmst.',
    },
  ],
  condition: [
    { pattern: String.raw`(?:falls|wenn|sollten)`, example: 'Falls Sie bis Freitag nichts von uns hören, …' },
  ],
  clauseBreaks: [
    {
      pattern: String.raw`(?:und|aber|sondern)`,
      example: 'Wir führen noch Gespräche mit weiteren Kandidaten und melden uns Ende nächster Woche.',
    },
  ],
  cancelled: [
    {
      pattern: String.raw`(?:entfallen|entfällt|abgesagt|storniert|fällt\s+aus)`,
      example: 'Ihr Gesprächstermin am 5. November muss leider entfallen.',
    },
  ],
  anchorBefore: [
    {
      pattern: String.raw`nach(?:\s+(?:Ende|Abschluss|Ablauf))?`,
      example:
        'Nach Abschluss aller Gespräche am 20. November erhalten Sie innerhalb einer Woche eine Nachricht.',
    },
  ],
  anchorAfter: [
    {
      pattern: String.raw`(?:nach|ab)\s+(?:diesem|dem)\s+(?:Datum|Termin|Tag)`,
      example: 'Wir melden uns innerhalb von zwei Wochen nach diesem Datum.',
    },
  ],
  zones: [
    {
      pattern: String.raw`(?:MEZ|MESZ|deutscher\s+Zeit)`,
      zone: 'Europe/Berlin',
      example: 'Ihr Interview beginnt am Mittwoch um 10 Uhr (MEZ) per Zoom.',
    },
  ],
};
