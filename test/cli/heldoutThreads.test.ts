// The lead's held-out thread rounds of issue 13 (test/fixtures/heldout/r2 to r35): whole threads in English, German,
// French and Spanish, each written with its expected answer (cases.json) before the engine read it. The first
// runs are recorded in FIRST_RUN; the rules behind the misses were then fixed, and the threads stay as
// regression rows, read as a user's CLI reads them (`followup analyze FILE --json`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';

/** Threads right on every field at the first run: recorded once, never edited to make a run pass. */
export const FIRST_RUN = {
  // r2 was first read by the engine of b1ecbd8 (before rounds 28–35).
  r2: '8/16 threads, 58/85 fields',
  // r3 was written before any engine read it and first read by the merged engine of rounds 28–35.
  r3: '12/17 threads, 68/77 fields',
  // r4 (ATS templates and recruiter mail from 17 places in four languages) was written before any engine read it
  // and first read by the engine of 2226a29 (rounds 28–35 and r3's fixes).
  r4: '14/17 threads, 73/79 fields',
  // r5 (more ATS templates, an auto-reply, offers, second follow-ups, in four languages) was written before any
  // engine read it and first read by the engine that merged rounds 36–49 and r4's fixes.
  r5: '16/17 threads, 65/66 fields',
  // r6 (six English threads: ATS layouts, a lost slot, windows from a closing date, zones in parentheses, no-calls
  // as a capability, an offer with a contract delivery) was written before any engine read it and first read by
  // the engine of df0e310.
  r6: '2/6 threads, 18/26 fields',
  // r7 (six German, French and Spanish threads: Personio, WTTJ, InfoJobs, an Austrian and an Argentine agency, a
  // Québec offer) was written before any engine read it and first read by the engine of df0e310.
  r7: '4/6 threads, 20/26 fields',
  // r7b (six more German, French and Spanish threads: rexx, WTTJ, an offer in the du register, a Belgian rejection
  // after a follow-up, a Mexican reschedule, a Colombian absence) was written after r7's and rounds 51–62's fixes,
  // before the engine read it, and first read by the engine of 024ced0.
  r7b: '3/6 threads, 20/26 fields',
  // r8 (Irish, Nigerian, Filipino, US, Austrian, German, Swiss, Québec, French, Belgian, Mexican and Argentine
  // threads) was written before any engine read it and first read by the engine of df0e310.
  r8: '10/12 threads, 62/65 fields',
  // After the first run, c2's "d'ici quinze jours" was set to the project's reading of every earlier round (15
  // days, as written; a French speaker may mean a fortnight): 2026-11-27, where the first run expected the 26th.
  // r9 (second rounds, an auto-reply, agency mail, offers, questions, slots offered, reschedules, cancellations,
  // in four languages) was written before any engine read it and first read by the engine of df0e310.
  r9: '10/13 threads, 47/52 fields',
  // r10 (names and companies from Singapore, Korea, India, Germany, Nigeria, Japan, the Netherlands, Poland, the
  // Emirates and Québec) was written after r8's and r9's drafts fixes and first read by the engine of d46391a.
  // Afterwards one expectation was dropped: a reply to an employer's question names no company by design.
  r10: '7/10 threads, 54/57 fields',
  // r11 (German, Austrian, Swiss, French, Spanish, Mexican and Colombian threads: promises by a date, an offer in
  // the du register, no-calls, a reschedule, a label–value invitation) was written before r8's, r9's and helpers'
  // fixes were merged and first read by the engine of 8e431bb (rounds 51–65 merged).
  r11: '8/10 threads, 44/48 fields',
  // r12 (Lever, an agency relaying its client, an Australian rejection, German du and Sie, a French second
  // follow-up, a Spanish offer, a Chilean online interview) was written after all of the above and first read by
  // the engine of 04d8150.
  r12: '8/8 threads, 35/35 fields',
  // r13 (India, a German Personio invitation, a French rejection, a Mexican offer, a US reschedule, a UK agency
  // relaying its client, a Swiss second round, Quebec, Singapore, Spain, a South African mbox, Workday HTML) was
  // first read by the engine of 30c7768. Misses: a client's promise relayed as "they'll come back to me", and a
  // Spanish "Te entrevistará Lucía Fernández" with "Grupo Alcántara" at alcantara-grupo.es.
  r13: '10/12 threads, 46/51 fields',
  // r14 (a US move-on, an Austrian rejection, a Belgian offer, Argentine voseo, a UK window counted from the final
  // interviews, an Australian interview day, Softgarden, French and German threads known only by the thank-you, Colombian
  // slots, a Canadian update, an Indian receipt) was first read by the engine of 7259de6, with r13's fixes. Misses:
  // two threads dated only by the candidate's own thank-you ("l'entretien de cet après-midi à 14h30").
  r14: '10/12 threads, 41/47 fields',
  // r15 (a Teams invitation's boilerplate, an .ics in Chicago time, an English-writing Munich employer, Welcome to
  // the Jungle HTML, Spanish working days, an Indian rejection, a US question, a New Zealand follow-up, German
  // no-calls, Geneva, a Mexican cancellation, a South African agency) was first read by the engine with r14's fixes.
  // Misses: an interview named only in the invitation's subject, a French thanks said with a verb ("Je vous
  // remercie pour l'entretien de ce matin"), and a Spanish cancellation in the present tense.
  r15: '9/12 threads, 43/51 fields',
  // r16 (a Greenhouse panel in Pacific time for a Chicago user, NHS arrangements, a German rejection before any
  // interview, a Chilean offer, a French follow-up answered without a date, an Australian agency's proposed second
  // round, an Indian "by EOD Monday", a MEZ interview for a London user, a Singapore out-of-office, InfoJobs HTML,
  // a proposed US call, a Quebec panel) was first read by the engine with r15's fixes and fx71's rounds 71–82.
  // As first scored 7/12. Of the five misses, one was the scorer's ("\b" after "Marc-André"), and three
  // expectations contradicted TIMELINE-CONVENTIONS.md and were corrected after the run: a single proposed slot is
  // reported as the interview (q6, q11), and an out-of-office without a request gives no first day for contact
  // (q9; restored to the day back, 14 December, by the 2026-12-06 ruling on issue 13's class 6: an absence gives the
  // first day contact is welcome). The engine's own miss: a thank-you "for arranging today's telephonic interview at 4 PM" (q7).
  r16: '7/12 threads, 45/52 fields (as first scored; 11/12 against the corrected expectations)',
  // r17 (quote headers of many clients: Thunderbird German, Gmail French and Spanish, Yahoo, Outlook German, French,
  // Spanish and Mac, a Gmail forward) was first read by the engine with r16's fixes (b6643ec).
  r17: '9/9 threads, 36/36 fields',
  // r18 (English ATS messages: Calendly, HireVue, Codility, Paradox, Workday sessions, iCIMS self-scheduling,
  // SmartRecruiters, BambooHR, Lever, Breezy) was first read by the engine of r17. Misses: a time line ending in a
  // bracketed zone above its date line, a text-message scheduler's "Reply C to confirm", "sign your offer letter
  // by", and a Lever "Who:" field behind "your interview with <company>".
  r18: '6/10 threads, 30/37 fields',
  // r19 (English ATS messages: Workable, SuccessFactors, Taleo, Jobvite, Personio in English, a Greenhouse receipt, a
  // Teamtailor reminder, a Naukri walk-in alert, an Ashby itinerary, JazzHR) was first read by the engine with r18's
  // fixes. Miss: SuccessFactors' "Start Date/Time:" read as an employment start date, its "End Date/Time:" as the
  // slot.
  r19: '9/10 threads, 35/36 fields',
  // r20 (German, French and Spanish: job alerts and a webinar as negatives, acknowledgements with a window, an
  // assessment centre, a request to confirm, Swiss no-calls) was first read by the engine with r19's fixes. Misses:
  // the window of a French and a Spanish automatic acknowledgement (the German one passed only because its wording
  // escaped the acknowledgement check); such a window now counts while no interview is known.
  r20: '8/10 threads, 34/36 fields',
  // r21 (English mbox threads: a second follow-up due, a candidate's acknowledgement after a dateless update, an
  // offer with no answer-by day, a rejection after a follow-up, a window still open) was first read by the engine
  // with r20's fixes.
  r21: '5/5 threads, 19/19 fields',
  // r22 (a Korean name signed both ways, a Mexican double surname in the formal register, an Emirati request for
  // documents, a Dutch recruiter, a Viennese du rejection, a French offer "avant le") was first read by the engine of
  // r21, before the helpers' rounds 70–91 were merged.
  r22: '6/6 threads, 26/26 fields',
  // r23 (an informal hiring manager, a UK council letter, an Indian schedule, a US rejection, a UK agency relaying
  // feedback with a no-contact request, a US offer with a decision day) was first read by the merged engine of
  // 869745f (all helpers' rounds 70–91).
  r23: '6/6 threads, 25/25 fields',
  // r24 (a German rejection, a Spanish invitation asking for a confirmation, a French thank-you answered, a Pakistani
  // panel read in Dubai, Kenya, a Lever panel in Oslo, a Berlin startup in the du register, a Mexican offer, a
  // Belgian jury, a Singapore final round, two unanswered follow-ups, an Argentine agency) was first read by the
  // engine of 451462b. Misses: "Le rogamos que nos confirme su asistencia" was no request, "no se comuniquen
  // directamente" no no-calls, and the client "Bodegas del Valle" was greeted as "Hi Bodegas".
  r24: '10/12 threads, 57/60 fields',
  // r25 (a Greenhouse schedule table, Personio, Welcome to the Jungle, InfoJobs, a Workday reschedule, a UK agency's
  // second stage, a US Dr., Austria, Colombia, a Quebec offer, India, Australia) was first read by the engine of
  // 96e28b4. Misses: the interviewer in a table's "Interviewer" column, and "Kindly confirm your availability".
  r25: '10/12 threads, 49/51 fields',
  // r26 (a German Outlook chain, a UK HTML table, a Spanish offer, an Irish "following day", a Swiss French
  // rejection, Chilean working days, Canadian references, a Swiss German offer, the Philippines, a US "by the 18th",
  // a Mexican rejection, a South African cancellation) was first read by the engine of 444eb34. Miss: the Swiss
  // German offer's "uns Ihren Entscheid bis am 11. Dezember mitzuteilen" was read as the employer's promise.
  r26: '11/12 threads, 46/48 fields',
  // r27 (a Chinese CTO written family-first, a Swedish panel, a Spanish compound given name, a UAE offer,
  // SmartRecruiters, Ashby in Eastern time for Chicago, a French second follow-up, a German short date, a Nigerian
  // assessment centre, a Peruvian rejection) was first read by the engine of 3f8fb4d. Misses: "ZHANG Wei" was no
  // name in running text, and "María José", signed so under "Un abrazo,", was greeted "Hi María".
  r27: '8/10 threads, 49/51 fields',
  // r28 (a follow-up answered only by an out-of-office, "still working on it", GMT for New York, a US numeric date
  // read in the sender's zone, two German slots, a French second round, "antes de Navidad", "mid-January", no-calls
  // lifted by an invited call, a German rejection) was first read by the engine of 63e4ef2. Miss: a second Gmail
  // attribution after the first quoted block was read as more of that block, so its time was lost.
  r28: '9/10 threads, 44/45 fields',
  // r29 (English ATS messages: GoodTime, Recruitee, Dayforce, a cancellation, Pinpoint, Zoho Recruit, Rippling,
  // Avature, Gem, UKG) was first read by the engine that merged rounds 92–100 and 100–100f (e1bab69).
  r29: '10/10 threads, 36/36 fields',
  // r30 (whom the thank-you greets: names from Korea, Germany, France, Mexico, Ireland, India, Nigeria, and a
  // Chilean winery as the client) was first read by the engine of fee07ea. Misses: "interviewed by", a bare "with
  // Mr. …", and "entrevista con Viña Los Robles" greeted "Hi Viña".
  r30: '5/8 threads, 49/52 fields',
  // r31 (leave announced after the thank-you, Personio fields, "sous dix jours", a Spanish rejection with its LOPD
  // footer, an ATS offer to accept by a day, a window from the interview with no calls, an Austrian out-of-office
  // answering the follow-up, a Quebec request for availability, Bogotá time for Madrid, a reschedule that asks, a
  // Swiss acknowledgement, "antes del viernes 11") was first read after the absence ruling (8722f69). As first
  // scored 11/12, 43/45. The one miss was the expectation's: the Personio invitation asks "Bitte bestätigen Sie den
  // Termin", so ADVICE.md rule 2 (reply) comes before rule 4 (wait); corrected after the run.
  r31: '11/12 threads, 43/45 fields (as first scored; 12/12 against the corrected expectation)',
  // r32 (threads with distractors: a career-fair footer, a rejection over the quoted invitation, a one-day closure
  // in a signature, slots to choose from, a day-first Indian date over a dated disclaimer, a P.S. about a holiday
  // closure beside a promise, a German offer with its answer day, a French out-of-office starting in three days, "el
  // proceso tomará aproximadamente dos semanas más", a soft British rejection) was first read with r31 in place
  // (d84be80). The miss: an absence written as a range ("absente du 7 au 18 décembre inclus") gave no day back; its
  // end is now read as the absence's end in all four languages (absences.rules.test.ts).
  r32: '9/10 threads, 37/38 fields',
  // r33 (ATS templates and timelines: Workday with a status timestamp, an iCIMS rejection, Lever "by end of next
  // week", a Softgarden receipt, Welcome to the Jungle, "gracias por venir hoy", a Taleo conditional offer, a UK
  // agency's second stage that asks, "Anfang kommender Woche", "avant la fin du mois" with no thank-you sent) was
  // first read with r32's fixes (398d672). The misses, each fixed as a rule with rows of its own: an ATS decision
  // under "This is an automated message. Please do not reply" was taken for an automatic reply, so its rejection
  // was never read (mail/automatic.ts); "Bitte antworten Sie nicht auf diese Nachricht" was read as the employer
  // asking (employerAsks.ts, all four languages); "Gracias por venir hoy" dated no interview (heldToday rows for
  // thanks for coming, with German and French twins).
  r33: '7/10 threads, 33/39 fields',
  // r34 (a Greenhouse HTML schedule in Pacific time for Denver, Calendly, "7-10 business days", two unanswered
  // follow-ups, "still interviewing" answering a follow-up, a Teams invitation's "(UTC+01:00) Amsterdam, Berlin" for
  // London, a French offer to answer "avant le 11", a Spanish receipt with no-calls and "antes del 15", a South
  // African window from the closing date, an interview cancelled with the role on hold) was first read with r33's
  // fixes (b3fbb14): no miss.
  r34: '10/10 threads, 37/37 fields',
  // r35 (whom the thank-you greets and who signs it, a German "Dr." interviewer, a Spanish window passed, two French
  // follow-ups unanswered, an offer to answer by a day, a Singapore leave with "don't expect an update before then",
  // "bis spätestens", a Spanish move that asks) was first read after rounds 145–148's fixes (30caa28). The miss: the
  // leave's day back was lost beside "don't expect an update", read as a promise's words (classify.ts NO_NEWS_BEFORE).
  r35: '7/8 threads, 31/32 fields',
  // r36 (a Workday HTML table in Eastern time for Denver, a Personio thread with "Anfang kommender Woche" beside other
  // candidates' meetings, a Welcome to the Jungle confirmation "heure de Paris" for Montreal, a Spanish rejection, an
  // Indian reschedule with day-first dates and "Kindly acknowledge this mail", a UK offer "by close of business", an
  // out-of-office reply to a follow-up, a Swiss rejection, "d'ici la fin de la semaine prochaine", a Colombian
  // request for availability, a Greenhouse bulleted panel, ten business days with no calls) was first read on df8623f.
  // One miss was my expectation's spelling ("rejection" for the engine's "rejected"; y4 read right). The others: a
  // Swiss "mit anderen Kandidierenden fortzusetzen" was no rejection, and the interview the rejection named ("das
  // Gespräch vom 26. November") was no date (heldToday.ts heldOn: a thanks for a meeting on a past day, all four
  // languages); "Kindly acknowledge this mail" asked nothing (employerAsks.ts); a bulleted "Interviewers:" list named
  // nobody to greet (threadFacts.ts listInterviewers).
  r36: '8/12 threads, 43/50 fields (9/12, 44/50 counting my spelling as right)',
  // r37 (a second round booked after the first, "bis Mitte Dezember" to a candidate writing English, a French offer
  // to answer "avant le vendredi 11 décembre", a Mexican "Favor de confirmar tu asistencia", no thank-you sent eleven
  // days on, a lone Lever note thanking "for taking the time to interview with us on Tuesday", a German no-calls in
  // the acknowledgement, "by the end of the month", an Argentine rejection, an Irish move "from … to …", a Belgian
  // "dans le courant de la semaine prochaine") was first read after r36's fixes. One miss was my expectation's: I
  // wrote the 11th for "avant le vendredi 11", which TIMELINE-CONVENTIONS.md reads as the day before (corrected). The
  // other: "taking the time to interview with us" was no thanks for a meeting (HELD_TODAY's first row now takes "for
  // taking the time to").
  r37: '9/11 threads, 44/48 fields (10/11, 45/48 with z3 read by the conventions)',
  // r38 (an Outlook reply over the candidate's follow-up and the invitation, a German reply over "Von/Gesendet" history
  // with "voraussichtlich in KW 51", a French ATS rejection with a status timestamp, a Spanish follow-up unanswered
  // after "a lo largo de la próxima semana", three numbered slots to pick from, a US ATS rejection, an offer whose
  // letter follows, an Austrian "Gespräch gestern" with fourteen days, Quebec's "13 h 30" and "d'ici le 18", a Kenyan
  // interview period with "only shortlisted candidates will be contacted") was first read after r37's fixes and
  // English round 160's (en160 merged): no miss.
  r38: '10/10 threads, 41/41 fields',
  // r39 (a South African SmartRecruiters table flattened from HTML, "feedback early next week" after a thank-you, a
  // German Personio rejection thanking "noch einmal für das nette Gespräch am 30. November", a French offer to answer
  // "au plus tard le mercredi 16 décembre", a Chilean "confirmar tu asistencia", two unanswered Indian follow-ups, a
  // British "please don't ring the office" with "by Friday 18th December", an Australian second follow-up due, a Dutch
  // move from Thursday to Friday, Spanish "diez días hábiles", a German confirmation over its quoted invitation, a
  // Canadian thank-you due) was first read after r38's session. Misses: the Personio thanks put "noch einmal" between
  // "Dank" and "für" (heldToday's thanks rows now take up to three words there, in German, French and Spanish); and my
  // expectation that the draft signs "Lachlan", where every earlier round signs the display name in full
  // ("Lachlan Murphy", corrected).
  r39: '10/12 threads, 51/53 fields (11/12, 52/53 with the signature read as the earlier rounds read it)',
  // r40 (a Teams meeting request whose only date is its text/calendar part with a Windows zone id, read in Chicago; a
  // UK agency's "feedback by Wednesday" after "your interview with … on Thursday"; a Workday status change alone; a
  // Swiss "09.00 – 10.30 Uhr" to confirm by Friday; a French out-of-office "du 28 novembre au 11 décembre inclus"
  // after a follow-up; a Mexican ATS rejection over its quoted confirmation; an Irish offer "by close of business
  // Friday"; references asked "by Thursday"; "in the new year" from an Australian panel; a Softgarden receipt with
  // three weeks and no phone calls; Quebec's "13 h (heure de l'Est)" for a candidate in Vancouver; a final round
  // booked and accepted) was first read after r39's fixes: no miss. Reading its drafts as the recruiter would led to
  // three draft fixes (a vague window is "around this time", not the day the conventions picked; a thanks for
  // arranging names the company; a request to send something is answered with the promise to send it).
  r40: '12/12 threads, 47/47 fields',
  // r41 (a Gmail reply over "> " history taking the one slot offered, an invitation forwarded to oneself, an HTML-only
  // Greenhouse rejection, Spanish "a lo largo de la semana que viene", German "spätestens Ende nächster Woche", "after
  // the Thanksgiving holiday" passed, a Philippine "Please be advised … 2:00 PM Manila time", a French "pas une suite
  // favorable", a British signature inviting calls, two slots offered as a question, an Austrian "bis spätestens
  // 18. Dezember" under titles, a Singapore offer to sign and return by a date) was first read after r40's fixes: no
  // miss. Its drafts led to two fixes: a reply to a choice of times takes the first and says so (slotChoice.ts), where
  // it had quoted the question back; "Sehr geehrte Frau Mag. Huber" greets "Dear Ms. Huber" (a degree between title
  // and name is passed over).
  r41: '12/12 threads, 51/51 fields',
  // r42 (ten mails a job seeker's inbox holds that are no application: a LinkedIn job alert, the candidate's own
  // application offering times, a careers fair, an agency's newsletter with interview advice, a StepStone Jobagent with
  // a Bewerbungsfrist, the current employer's payroll dates, a meetup, a French job fair reminder, a Spanish delivery
  // note, an online assessment's deadline) was first read after r41's fixes. Misses: the newsletter's question and
  // payroll's "Please submit any expense claims by Monday" read as requests to reply, and the delivery note's "no
  // llames a la tienda" as no-calls (advice now asks for mail that speaks of hiring and is not a list's).
  r42: '7/10 threads, 47/50 fields',
  // r43 (the mail layer's encodings and clients: German ISO-8859-1 quoted-printable with encoded-word headers, a French
  // rejection in base64, a Spanish Apple Mail reply over "El 3 dic 2026, a las 10:15, … escribió:", a Yahoo quote
  // under "please let me know by Wednesday if Friday at 10am works", a German "bitte sehen Sie von Rückfragen vor dem
  // 15. Dezember ab", French format=flowed breaking the date across lines, Outlook's Mso HTML with "(UTC-05:00)
  // Eastern Time (US & Canada)", Indian "revert within 3-4 working days", German quoted-printable "Anfang nächster
  // Woche", French "d'ici la fin du mois") was first read after r42's fixes and both helpers' merges. Miss: the
  // rejection thanked "pour l'intérêt … ainsi que pour notre entretien du 1er décembre" (heldToday's thanks rows now
  // take a second object, in the four languages).
  r43: '9/10 threads, 41/42 fields',
  // r44 (Ashby HTML in Pacific time for Denver, an NHS panel's dated promise, a German rejection after a second
  // interview, Argentine voseo, a Belgian reschedule, an Indian HR round "kindly revert", a Canadian pause until early
  // January, a South African agency, Swiss "bis spätestens Ende KW 51", a Québec offer, two unanswered follow-ups
  // met by an out-of-office, InfoJobs "Descartado", an Outlook "Accepted:" response) was first read by the engine of
  // 1753b58. Miss: a thread dated only by the candidate's "Thank you for interviewing me this morning".
  r44: '12/13 threads, 49/51 fields',
  // r45 (a Workable second round after a thanked first, an Austrian rejection on paper, Swiss French "10 jours
  // ouvrables", a Mexican "a más tardar el viernes 11", an Australian acknowledgement counted from the closing date
  // with no phone enquiries, a UK panel listed under "You'll meet:", an Indian offer "by 10-Dec-2026", a German
  // cancellation with one new slot, a French follow-up due, a Colombian rejection, Calendly in Pacific time for
  // Toronto, an Indeed alert with a hiring event) was first read by the engine of 1753b58 with r44's fixes. Misses:
  // a panel under "You'll meet:" with "Name, Title" items, and "Agradecemos tu participación en la entrevista del
  // pasado martes 1 de diciembre" (a bare "Agradecemos").
  r45: '10/12 threads, 50/52 fields',
  // r46 (a LinkedIn notification carrying a proposed call, a Teamtailor rejection on paper, a German acknowledgement
  // "innerhalb der nächsten vier Wochen" with calls held off "bis dahin", a Paris video interview for Montreal, a
  // Spanish job-board newsletter with a job fair, a follow-up met by a leave notice, a verbal offer with a call, a
  // Swiss second interview in the du register, an Irish agency's references request over an Outlook quote, a South
  // African regret letter) was first read by the engine of r45's fixes. Miss: "Gib mir doch kurz Bescheid, ob das
  // klappt." (a request with "doch") was no request.
  r46: '9/10 threads, 35/36 fields',
  // r47 (windows counted from an onsite booked in the same mail, "by month end, after the committee meets on the
  // 18th", a German offer with the contract to follow, French "avant jeudi prochain", Chilean "alrededor de una
  // semana", others to meet on Thursday, a cancellation without a new slot, Austrian "bis Ende Jänner", Belgian
  // no-calls with a date, a job board's summary of the candidate's own applications) was first read by the engine of
  // 30c11f2. No field missed; read as the recruiter reads it, the Chilean follow-up named "by Monday 14 December"
  // for "about a week" (foreign approximate windows are now fuzzy).
  r47: '10/10 threads, 45/45 fields',
  // r48 (US and UK ATS mail: a chatbot's "Reply 1 to confirm", a HireVue on-demand deadline, iCIMS and Taleo, a
  // SuccessFactors slot picker, Indeed's "interview updated" with the previous time below, a promise counted from a
  // committee meeting, a Philippine BPO's "reply CONFIRM", a rejection after "Thursday", SEEK's "application
  // viewed") was first read by the engine of 69f98c3. Misses: the slot under Indeed's "Previous time" label kept
  // over the new one, and a job board's "Employers usually respond within 2 weeks" read as a promise.
  r48: '8/10 threads, 32/35 fields',
  // r49 (a French offer "votre candidature a été retenue" with a signed promise to return, Workday's HTML table, a
  // German interim notice "bis zum 8. Januar", a Spanish second interview, a Canadian bilingual invitation, an NHS
  // conditional offer, an Australian delay, a Singapore rejection, a Mexican "no marcar a la oficina", an Outlook
  // invitation with only a calendar part) was first read by the engine of c03befa. Misses: "merci de nous la
  // retourner signée avant le 15" (the object a pronoun), "pleased to make you a conditional offer", "You're
  // confirmed for … at our Box Hill clinic" under "Interview – Practice Manager" taken for a personal booking, and
  // "no marcar a la oficina" (Mexican for "do not call").
  r49: '6/10 threads, 30/38 fields',
  // r50 (Greenhouse in Eastern time for Chicago, an Irish agency's "end of next week", a Personio rejection, two
  // Chilean slots, Belgian "dans le courant de la semaine prochaine", two unanswered follow-ups, an Indian offer to
  // accept by a date, a follow-up met by annual leave, a Paradox phone interview in AEDT for Perth, a New Zealand
  // acknowledgement with no phone enquiries, a Mexican "a más tardar", a Swiss invitation to confirm, an overdue
  // thank-you to a Chinese-Canadian director) was first read by the engine of 6620a40. Misses: "If you need to
  // reschedule, please reply to this email" and "Reply R to reschedule or C to cancel" taken as requests, and
  // "Mei Ling Tan" greeted "Mei".
  r50: '10/13 threads, 49/54 fields',
  // r51 (names and drafts from many countries: a Lagos thank-you signed "Adaeze", a Tokyo "SATO Haruka", a Chennai
  // panel's "within 10 working days", a Warsaw rejection greeting "Małgorzata", BRT for a Lisbon candidate, an
  // Istanbul "by Friday, December 11", a Seoul "Kim Min-jun" signing "Min-jun", a Dubai offer "within five working
  // days", an Accra invitation in labelled lines, an Aberdeen thread whose referees were sent) was first read by the
  // engine of 85a9063: every field right. Reading its reasons as the user would showed the referees sent on request
  // called "your follow-up of 26 November"; an answer to the employer's request is now no follow-up (decide.test.ts).
  r51: '10/10 threads, 52/52 fields',
  // r52 (German, French and Spanish threads: Viennese "bis spätestens Mitte Dezember", a Softgarden rejection
  // before any interview, two German slots to choose, a Québec offer "d'ici le vendredi 11 décembre", "d'ici la fin
  // de la semaine prochaine", "Merci de ne pas nous relancer par téléphone", "te esperamos mañana martes 8", "en los
  // próximos 15 días hábiles", a Colombian second follow-up, a Personio reschedule with "Ursprünglicher Termin:"
  // below the new one, a Belgian out-of-office "jusqu'au 11 décembre inclus") was first read by the engine of
  // 87f1983. Misses: the old-slot label in German made the two slots a choice (no interview), and one expectation
  // of mine: c6 wanted "Nathalie" where the candidate had written "Madame Girard" and the draft rightly answers
  // "Dear Ms. Girard," (the register the candidate chose); corrected after the run, the figure unchanged.
  r52: '9/11 threads, 43/47 fields',
  // r53 (the flows around the rules: a second round already booked, a cancelled interview with no new time, a
  // request beside a timeline, a window passed with one follow-up after it, a timeline forwarded by an agency, no
  // calls said in the invitation, "still working on it" restarting the seven days, 6 PM Pacific for a Tokyo
  // candidate, "Are you still interested?" after six weeks, a Calendly cancellation) was first read by the engine
  // of 11717d3. Miss: Calendly's "The event below has been canceled" under a "Canceled:" subject kept its slot.
  r53: '9/10 threads, 32/33 fields',
  // r54 (foreign ATS mail in HTML and names: InfoJobs' table of labelled cells, Welcome to the Jungle in Paris time
  // for Montreal, Workday in Spanish "en un plazo de 10 días hábiles", a softgarden button to confirm, a Québec
  // refusal, a Madrid thank-you to "José Antonio Ruiz Delgado", a Viennese offer "bis 14. Dezember", a Mexican "la
  // próxima semana" passed, two Luxembourg slots, "heute um 15 Uhr") was first read by the engine of 5693146. Its
  // f6 greeting was written after that engine's compound-name rule, so that one field is no held-out figure. Miss:
  // "nous avons retenu la candidature d'une personne dont le profil correspond davantage" was no rejection.
  r54: '9/10 threads, 37/39 fields',
  // r55 (an invitation that says not to reply to it, a German second interview asked with one slot, "au plus tard
  // le 18 décembre", a Spanish careers newsletter, a UK rejection keeping the CV on file, an assessment centre
  // attended today with the outcome "by Friday 18 December", a Swiss "Date : / Heure :" convocation, a voicemail
  // transcript) was first read by the engine of 86041b8. Miss: "Thank you for attending the … graduate assessment
  // centre today" dated no interview.
  r55: '7/8 threads, 28/29 fields',
  // r56 (Workday's table of labels in Dublin, a South African "revert by no later than Friday, 11 December" after
  // reference checks, an Austrian invitation to confirm by Friday, a Chilean follow-up unanswered, a US offer with a
  // decision day, a Belgian "retenu un autre profil", "2:00 PM Manila time", a New Zealand council's "unable to take
  // phone enquiries", a German interview with no thank-you sent, a Mexican "mover tu entrevista … ¿Te funciona?", a
  // Dubai walk-in event, an agency's second interview with two slots) was first read by the engine of d23df6d. The one
  // miss was my expectation: h2's follow-up to the interviewer ("our conversation … about the Fleet Controller
  // position") rightly leaves out the company the reader works for; the field now checks the role.
  r56: '11/12 threads, 51/52 fields',
  // r57 (an Outlook reply chain in one message answering a follow-up with "early next week", a German rejection over
  // a quoted invitation, a French follow-up answered only by an out-of-office back on the 7th, Argentine voseo "¿podés
  // el miércoles 9 a las 15 h?", an Indian "10-12-2026 at 11:00 AM IST", Greenhouse's "Previous time / New time",
  // "within 2 weeks of your interview", an NHS conditional offer, Swiss "bis Mitte Dezember", a Colombian rejection,
  // Québec's "13 h 30 (heure de l'Est)", an Australian "please don't call the office; … by 18/12") was first read by
  // the engine of 97333ee. Miss: "el proceso continuará con otros candidatos cuyo perfil se ajusta más" was no
  // rejection (the verb was matched in the infinitive only).
  r57: '11/12 threads, 50/52 fields',
  // r58 (mail as clients send it: a Teams invitation whose only date is its calendar part in "Pacific Standard
  // Time", German in ISO-8859-1 quoted-printable with "Anfang kommender Woche", two unanswered follow-ups, "still
  // working on it" restarting the seven days, "within 3 business days" over a weekend in Singapore, "la próxima
  // semana" written on a Sunday, French HTML in base64 with "d'ici la fin de la semaine prochaine", an agency
  // forwarding its client's "within a week", a Windows-1252 rejection, Outlook's HTML reply asking for referees, a
  // Mexican offer "a más tardar el viernes 11", "Telefonische Auskünfte … können wir leider nicht geben") was first
  // read by the engine of f22a204. Miss: the candidate's "I wanted to follow up on my interview last Thursday" was
  // read as an interview next Thursday (chrono's forward dating of "last Thursday"), and that later day outranked
  // the invitation's.
  r58: '11/12 threads, 49/51 fields',
  // r59 (a colleague asking the user onto an interview panel, a Lagos bank's "10:00am prompt" with a confirmation
  // asked, a Korean recruiter "Park Ji-yeon" greeted by her given name, a German firm writing English, Indeed's
  // "viewed your application" with an advert, a French "merci de ne pas nous relancer avant le 15 décembre", a
  // Spanish agency's offer for its client, a Kenyan "successful candidates will be contacted by 18th December", two
  // Swiss slots to choose, a Lever interview cancelled with the role put on hold) was first read by the engine of
  // af92e33. Misses: the colleague's "We owe the candidate an answer by Friday the 11th" read as the reader's
  // window; "Interview tips: prepare for your interview on Tuesday with our free guide" read as an interview; "mi
  // cliente … quiere ofrecerte el puesto" no offer. My k7 expectation was wrong: "antes del miércoles 9" is the 8th
  // by the conventions ("before Friday" = Thursday); the field now says so.
  r59: '7/10 threads, 31/36 fields',
  // r60 (applicant tracking systems not tried before: SmartRecruiters' "(GMT-05:00) Eastern Time" for Chicago,
  // Calendly's invitee confirmation, a GoodTime itinerary of three sessions, an iCIMS "select an interview time" in
  // its portal, a Workday status change at 06:14:22, a Teamtailor rejection from Sweden, BambooHR's "(Europe/Dublin)"
  // for London, a Taleo acknowledgement naming the interview week, an Ashby offer that expires, a Paradox chat's
  // "📅 Tuesday, December 8 at 4:30 PM") was first read by the engine of 3032c52. Miss: "Please log in to the
  // candidate portal and select an interview time" was no request.
  r60: '9/10 threads, 35/36 fields',
  // r61 (the year end in four languages: "after the holidays", "nach den Feiertagen", "avant les fêtes", "antes de
  // Navidad", "in the new year", "in KW 51", an office closed until January with reviews resuming on the 4th, "début
  // janvier") was first read by the engine of eda8f73. Misses: "melden wir uns nach den Feiertagen" gave no window;
  // "we'll resume reviewing applications on January 4" was read as a window ending on the 4th.
  r61: '6/8 threads, 36/40 fields',
  // r62 (German, French and Spanish after the helpers' rounds 241–244c were merged: an Austrian "Bitte um kurze
  // Rückmeldung bis Dienstag", a Swiss "porté notre choix sur une autre personne", a Peruvian "te estaremos
  // comunicando los resultados el lunes 14", Du-form "spätestens Mitte nächster Woche", a Belgian offer "d'ici le 11
  // décembre", a Colombian "no nos llames … en los próximos 8 días hábiles", a StepStone job alert, Québec's "On vous
  // revient d'ici vendredi prochain") was first read by the engine of 83d79d8. Misses: the Austrian nominal request
  // was read as the employer's window and asked nothing; the job alert's "So überzeugst du im Vorstellungsgespräch am
  // Montag" was an interview.
  r62: '6/8 threads, 31/34 fields',
  // r63 (a US agency's "tomorrow, Tuesday 12/8, at 1:30 PM … Can you confirm?", a UK "by the end of the week", a
  // calendar's 1:1 reminder, a Singapore rejection inviting future applications, a French "Sans nouvelles de notre
  // part d'ici le 18 décembre", a German refusal of any interview) was first read by the engine of a32a2ee. Miss:
  // "dass wir Sie nicht zu einem Vorstellungsgespräch einladen können" was no rejection (now a rule in four
  // languages).
  r63: '5/6 threads, 22/24 fields',
  // r64 (an Australian "by Friday 11 December" after a thank-you, a Greenhouse confirmation for Wednesday, an Indian
  // recruiter asking for CTC and notice period, a German "bis Ende nächster Woche", a Colombian rejection, a Québec
  // offer "d'ici le vendredi 11 décembre", a boiler service booking, two weeks of silence after a US interview, a New
  // Zealand acknowledgement with no calls, an onsite moved to Friday) was first read by the engine of 0cf310b. Miss:
  // the boiler service's "We'll text you … with a 1-hour slot" was read as a window of one day (a length joined to its
  // noun is none now).
  r64: '9/10 threads, 40/41 fields',
  // r65 (an NHS Jobs invitation with "15/12/2026", a US "in the next week or two", a Lever rejection, an Irish request
  // for referees before the final round, a Greenhouse invitation in an HTML table, an Argentine "¿Podés el jueves 10
  // a las 15 h?", a Swiss Absage, a Belgian "au plus tard le 11 décembre", a lease renewal appointment, two
  // unanswered follow-ups, a Singapore offer with a decision asked by 14 December) was first read by the engine of
  // 0f55282. No miss.
  r65: '11/11 threads, 38/38 fields',
  // r66 (an agency's "Good luck tomorrow!" and no thank-you since, a UK "won't be progressing your application any
  // further", an employer's automatic reply to a follow-up, "1:00 PM Pacific" for a Toronto reader, three slots to
  // choose from, an Indian "revert within 2-3 working days", the reader as hiring manager in a Greenhouse note, a Du-form
  // "Hast du Lust auf ein erstes Kennenlernen", a Spanish confirmation, a French "dans les 15 jours") was first read by
  // the engine of round 310's fixes (committed with this round). No miss.
  r66: '10/10 threads, 33/33 fields',
  // r67 (German, French and Spanish after the helper's rounds 291–294c were merged: an Austrian invitation "am
  // Mittwoch, den 9. Dezember 2026 um 13:30 Uhr", "spätestens Anfang kommender Woche", a Swiss refusal before any
  // interview, a French "Pourriez-vous nous transmettre vos disponibilités … ?", a Québec offer "d'ici le mercredi 9
  // décembre", a French silence after a thank-you, a Mexican "¿Me confirmas tu asistencia?", a Spanish "antes del
  // viernes 11") was first read by the engine of 99e897c. The one miss was my expectation: the candidate wrote
  // "Bonjour Madame Moreau", and the follow-up rightly greets "Dear Ms. Moreau" (the row now says Moreau).
  r67: '7/8 threads, 26/27 fields',
  // r68 (a Denver Greenhouse onsite and "an update for you by Wednesday, December 9", a Leeds follow-up left
  // unanswered, a Pune "08-Dec-2026 at 11:00 AM IST", a Brisbane promise with "Please don't call the office" and no
  // thank-you yet, a Toronto offer with a decision day, a Cork request for referees, a Chicago rejection after a
  // follow-up, a Lagos "Date: 10/12/2026", two final-round slots to choose from in Singapore, an automatic reply
  // without a date in Johannesburg, a Munich "bis spätestens Mitte nächster Woche", a Bogotá rejection) was written
  // before the engine read it and first read by the engine of round 350's fixes. No miss.
  r68: '12/12 threads, 47/47 fields',
  // r69 (eight single messages carrying their thread as quoted history: Gmail's "On … wrote:" with ">" levels,
  // Outlook's underscores and "From:/Sent:" blocks with the candidate's own follow-up on top, French "Le … a écrit :",
  // Spanish "El … escribió:", Swiss German "Von:/Gesendet:", an Indian "09/12/2026", an automatic reply on top of a
  // follow-up, a thank-you the next morning) was written before the engine read it and first read by the engine of
  // 3d49175. No miss.
  r69: '8/8 threads, 29/29 fields',
  // r70 (German, French and Spanish threads after fx301's rounds 301–307c were merged: a Vienna softgarden invitation,
  // a Hamburg "bis Ende nächster Woche", a Brussels offer "d'ici le vendredi 11 décembre", a Montréal follow-up left
  // unanswered, a Buenos Aires "avanzamos con otro perfil", a Mexico City "¿Me confirmas tu asistencia?", a Zürich
  // "Bitte sehen Sie von telefonischen Nachfragen ab", a Paris automatic reply "absente jusqu'au 14 décembre inclus")
  // was written before the engine read it and first read by the engine of f2b748a (fx301 merged). The one miss
  // was my expectation: I wrote "wait" for the Vienna invitation, whose "Bitte bestätigen Sie den Termin über den
  // Link in dieser E-Mail" is a request the project answers with "reply" (as board3's "Kindly click the button to book
  // your interview"); the row now says reply.
  r70: '7/8 threads, 27/29 fields',
  // r71 and r72 were written by helper hw402, who never saw the rules, and first read by the engine of 8d280d4
  // (rounds 470–520 and fx401 merged). r71: Boston, Manchester, Bengaluru, Perth, Abuja, Durban, Galway, Toronto (a
  // confirmed slot ahead, an overdue thank-you, an offer with its respondBy, a second follow-up, no-calls, times asked
  // for, an automatic reply after a lapsed window). r72: Seattle, Berlin, Singapore, Cebu, Nairobi, Mexico City,
  // Dublin, Paris (a rejection, a German invitation then "by the end of next week", a moved slot, move-on after two
  // follow-ups, documents asked for, a Spanish offer, a thank-you due today, a French confirmation then silence).
  r71: '8/8 threads, 37/37 fields',
  r72: '8/8 threads, 33/33 fields',
  // r73 (helper hw404's, written without seeing the rules: Austin and Lagos threads that end in a newsletter, quoted
  // history in Outlook and ">" styles from Bristol and Melbourne, a German rejection, a Spanish offer with "a más tardar
  // el viernes 20 de junio", move-on after two follow-ups, a follow-up after an automatic reply, a reschedule with
  // no-calls and a late thank-you) was first read by the engine of 341c632.
  r73: '10/10 threads, 42/42 fields',
  // r74 and r75 were written by helpers hw413 and hw414, who never saw the rules, and first read by the engine of
  // 1b0ed3a (rounds 640–750 and fx410 merged). r74: Boston, Manchester, Bengaluru, Munich, Montreal, Perth, Lagos,
  // Singapore, Nairobi, Seattle (threads ending in a newsletter, an agency digest and a newsroom post; quoted history;
  // a German confirmation, a French answer; an offer with its respondBy; no-calls after a follow-up; referees asked
  // for). The one miss was the writer's expectation: Seattle's recruiter wrote "Thanks for the great chat earlier
  // today! … You'll get a scheduling link" for a portfolio review with no date; the chat is the latest interview
  // started (ADVICE.md fine print), so rule 9 waits a week from it rather than asking to set a date (the row now says
  // so). r75: Seattle, Melbourne, Johannesburg, Manchester, Bengaluru, Munich, Montréal, Vancouver, Nairobi, Manila
  // (a newsletter, an office closure and a job alert last; quoted history in ">" and Outlook styles; "bis Ende nächster
  // Woche"; a French rejection; an offer acknowledged; no-calls and one follow-up; two slots to choose from). No miss.
  r74: '9/10 threads, 44/47 fields',
  r75: '10/10 threads, 41/41 fields',
  // r76 and r77 were written by helpers hw415 and hw416, who never saw the rules, and first read by the engine of
  // f94664f (rounds 760–790's fixes). r76: Tokyo, Amsterdam, São Paulo, Paris, Madrid, Warsaw, Dubai, Istanbul, Munich,
  // Ho Chi Minh City. Misses: Warsaw's "Paweł is meeting the last candidate tomorrow" read as the reader's interview (a
  // single other candidate is another's now); São Paulo's "Time: 10h (Brasília time)" read as midnight (a 24-hour
  // hour alone after a time label is a clock now). r77: agency texts, auto-replies, a German out-of-office, a Spanish
  // reschedule. The one miss was the writer's expectation: Berlin's German out-of-office "bis einschließlich 23. Mai
  // nicht im Büro" after the candidate's follow-up makes the first day contact is welcome Saturday 24 May, so the second
  // follow-up waits until Monday 26 May (the project's reading of an absence, issue 13 class 6), not 22 May (the row
  // now says 26 May).
  r76: '8/10 threads, 41/45 fields',
  r77: '9/10 threads, 39/40 fields',
  // r78 (helper hw419's, written without seeing the rules: an NHS careers bulletin and a job alert arriving last, quoted
  // history from Seattle and Brisbane, a German acknowledgement replaced by a newer English promise, a French
  // invitation with English no-calls, a Spanish offer, an Indian offer, one unanswered follow-up, documents asked for in
  // Lagos) was first read by the engine of e73ea45. No miss.
  r78: '10/10 threads, 46/46 fields',
  // r79 (helper hw420's: a newsletter after "by the end of next week", a job alert after a rejection, a Dublin thread
  // saved as one message three quotes deep, a Lagos request for referees, a French offer, a German update, a Hyderabad
  // round two, a Sydney thank-you due with no-calls, move-on in Singapore, an interview moved in Mexico City) was first
  // read by the engine of e73ea45. Miss: Berlin's "vielen Dank für Ihre Nachricht und das angenehme Gespräch am
  // Dienstag" read as next Tuesday's interview (a German talk judged by its adjective is one had now).
  r79: '9/10 threads, 41/43 fields',
  // r80 (helper hw423's: a careers newsletter, an agency's office closure and a company's office move after the
  // application's news, each with a dated decoy; Outlook and Gmail quotes from Galway and Nairobi; a French invitation
  // from Brussels and a Spanish decision from Madrid; a Brisbane panel's no-contact request; an unanswered follow-up in
  // Kuala Lumpur; an offer with its reply-by day) and r81 (helper hw424's: reply chains two quotes deep, a newsletter,
  // a job alert and an office closure last, a French offer, a Spanish "a finales de la semana que viene", two
  // unanswered follow-ups and an automatic reply) were first read by the engine of c532ff4, the first with the
  // candidate-mail gate. No miss.
  r80: '10/10 threads, 49/49 fields',
  r81: '10/10 threads, 41/41 fields',
  // r82 (helper hw427's: a careers newsletter last, a job alert after two unanswered follow-ups, an Outlook reply and an
  // offer quoting earlier mail, a German invitation with the thank-you overdue, a French timeline, referees asked for,
  // an out-of-office after a follow-up) and r83 (helper hw428's: regional English from India, Nigeria, the Gulf and
  // Malaysia, a bank's careers digest and an agency newsletter last, a German "bis Ende nächster Woche", a French
  // rejection, a slot "preponed" under its old one quoted) were first read by the engine of c532ff4. Miss, r82:
  // Melbourne's rejection (thread u4) went unread, so a follow-up was advised.
  r82: '9/10 threads, 44/46 fields',
  r83: '10/10 threads, 42/42 fields',
  // r84 (helper hw430's: a care home, a warehouse whose newsletter arrives last, a hospital asking no contact with
  // the panel, a restaurant's offer, a Berlin hotel in German, a Madrid agency's Spanish rejection, a Galway school
  // quoted two deep, two unanswered follow-ups in Chennai, a Cape Town studio's event mail last, an Abuja charity) and
  // r85 (helper hw431's: Teams, Zoom and Calendly invitations, moves and cancellations, a French rejection, a German
  // "bis Ende nächster Woche", nested quotes, an offer with its reply-by day) were first read by the engine of 6724806.
  // Misses, r84: a list's newsletter and a studio's event mail counted as the employer's last message (the follow-up
  // week restarted from them); a Perth hospital's "Thank you for your email and for attending the interview on
  // Wednesday" read as next Wednesday's interview. r85: the paragraph under a Teams block's closing rule ("Please do
  // not call the Human Resources Department …") was cut off as a list footer, losing the no-calls.
  r84: '7/10 threads, 38/44 fields',
  r85: '9/10 threads, 45/46 fields',
  // r86 (helper hw435's), r87 (hw436's: assessment centres, a campus visit, a Civil Service panel, an agency's
  // newsletter and a maintenance notice last, a German promise, a French offer) and r88 (hw437's: newsletters last,
  // quoted thank-yous, a German rejection, a French invitation) were first read by the engine of 640dfa1. Misses,
  // r86: a newsletter-last thread's follow-up day. r87: an assessment centre's "Date: 04/11/2081" gave no interview; a
  // Hays thread lost its "by Friday 7 November" and greeted "Hi Hays,".
  r86: '9/10 threads, 42/43 fields',
  r87: '8/10 threads, 39/46 fields',
  r88: '10/10 threads, 42/42 fields',
  // r89 (helper hw445's: whole stories with the candidate's replies; a newsletter, an automatic reply, a referee and a
  // job alert last; a German rejection, a Spanish promise) and r90 (hw446's: hiring outside offices, a careers
  // newsletter and an agency's hot jobs last, a German acknowledgement, a French rejection) were first read by the
  // engine of 430ccca. Miss, r89: "Tuesday, November 4 at 11:00 a.m. Mexico City time" from a Texan recruiter kept
  // the sender's clock (10:00).
  r89: '9/10 threads, 42/43 fields',
  r90: '10/10 threads, 47/47 fields',
};

/**
 * Threads still wrong, each with the class of miss behind it: listed, not hidden. Their test checks they are still
 * wrong, so a fix must take them off this list and make them count.
 */
// Empty since 2026-12-07: t02's "haben das Gespräch am Dienstag als sehr angenehm empfunden" (a meeting judged in the
// perfect tense) is read as past (de.ts past rows).
const KNOWN_MISSES: Readonly<Record<string, string>> = {};

interface Case {
  readonly file: string;
  readonly tz: string;
  readonly now: string;
  readonly me: string;
  readonly expect: Readonly<Record<string, unknown>>;
}

interface Out {
  readonly recommendation: {
    readonly action: string;
    readonly on: string;
    readonly overdue?: boolean;
    readonly respondBy?: string;
  };
  readonly interview: { readonly start: string } | null;
  readonly timeline: { readonly by: string } | null;
  readonly noCalls: boolean;
  readonly outcome: string | null;
  readonly reminder: { readonly start: string } | null;
  readonly draft: { readonly kind: string; readonly subject: string; readonly text: string } | null;
  readonly drafts?: readonly { readonly kind: string; readonly subject: string; readonly text: string }[];
}

/** Whether one expected field holds, as /work/heldout/score.mjs judged the first runs. */
function holds(out: Out, key: string, want: unknown): boolean {
  const drafts = [out.draft, ...(out.drafts ?? [])].filter((d) => d !== null);
  const draftText = drafts.map((d) => `${d.subject}\n${d.text}`).join('\n---\n');
  const r = out.recommendation;
  switch (key) {
    case 'interview':
      return typeof want === 'string'
        ? (out.interview?.start.slice(0, 16) ?? '').startsWith(want)
        : out.interview === null;
    case 'greet':
      return (
        out.draft !== null &&
        new RegExp(
          // A name's end is no letter after it: "\\b" is ASCII-only and fails after "Marc-André".
          `^(Hi|Hello|Dear|Good morning|Good afternoon)\\s+([^\\n,]*\\s)?${String(want)}(?![\\p{L}\\p{M}])`,
          'mu',
        ).test(out.draft.text)
      );
    case 'signs':
      return out.draft !== null && out.draft.text.trimEnd().endsWith(String(want));
    case 'company':
    case 'role':
      return draftText.includes(String(want));
    case 'noWord':
      return !draftText.includes(String(want));
    case 'noPhone':
      return !drafts.some((d) => d.kind === 'phone-script');
    case 'action':
      return r.action === want;
    case 'on':
      return r.on === want;
    case 'overdue':
      return r.overdue === want;
    case 'respondBy':
      return (r.respondBy ?? null) === want;
    case 'timeline':
      return (out.timeline?.by ?? null) === want;
    case 'noCalls':
      return out.noCalls === want;
    case 'outcome':
      return out.outcome === want;
    case 'reminder':
      return (out.reminder?.start.slice(0, 10) ?? null) === want;
    default:
      return false;
  }
}

for (const round of Object.keys(FIRST_RUN) as (keyof typeof FIRST_RUN)[]) {
  const dir = new URL(`../fixtures/heldout/${round}/`, import.meta.url);
  const cases = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as readonly Case[];
  describe(`held-out thread round ${round} (first run ${FIRST_RUN[round]})`, () => {
    for (const c of cases)
      it(`${c.file}: ${JSON.stringify(c.expect)}`, async () => {
        const io = fakeIo();
        const path = fileURLToPath(new URL(c.file, dir));
        const argv = ['analyze', path, '--now', c.now, '--tz', c.tz, '--me', c.me, '--json'];
        assert.equal(await main(argv, io), 0, io.err());
        const out = JSON.parse(io.out()) as Out;
        const wrong = Object.entries(c.expect).filter(([k, v]) => !holds(out, k, v));
        const known = KNOWN_MISSES[c.file];
        if (known !== undefined) {
          assert.ok(wrong.length > 0, `${c.file} is now right: take it off KNOWN_MISSES (${known})`);
          return;
        }
        assert.deepEqual(
          wrong.map(([k]) => k),
          [],
          JSON.stringify({
            recommendation: out.recommendation,
            interview: out.interview,
            timeline: out.timeline,
          }),
        );
      });
  });
}
