// The fourth held-out French round of issue 13 (round 37): whole recruiter messages and ATS templates from France,
// Belgium, Switzerland, Québec, Morocco and Senegal (tu and vous, signatures, quoted replies, label–value layouts),
// written with their answers from TIMELINE-CONVENTIONS.md BEFORE the engine read them. The first-run figure is in
// FIRST_RUN (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Thursday 19 November 2026, 14:10 in Paris.
const PAR_THU = { sentAt: '2026-11-19T14:10:00+01:00', tz: 'Europe/Paris' } as const;
// Monday 23 November 2026, 09:05 in Brussels.
const BRU_MON = { sentAt: '2026-11-23T09:05:00+01:00', tz: 'Europe/Brussels' } as const;
// Wednesday 25 November 2026, 16:40 in Geneva.
const GVA_WED = { sentAt: '2026-11-25T16:40:00+01:00', tz: 'Europe/Zurich' } as const;
// Tuesday 24 November 2026, 11:00 in Montréal.
const MTL_TUE = { sentAt: '2026-11-24T11:00:00-05:00', tz: 'America/Toronto' } as const;
// Friday 27 November 2026, 10:30 in Casablanca (UTC+1).
const CAS_FRI = { sentAt: '2026-11-27T10:30:00+01:00', tz: 'Africa/Casablanca' } as const;
// Monday 30 November 2026, 12:00 in Dakar (UTC).
const DKR_MON = { sentAt: '2026-11-30T12:00:00+00:00', tz: 'Africa/Dakar' } as const;
// Thursday 3 December 2026, 08:50 in Lyon.
const LYO_THU = { sentAt: '2026-12-03T08:50:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 37: French recruiter mail and ATS templates, fourth unseen round. */
export const ROUND_37_FR: readonly PhraseRow[] = [
  {
    ...PAR_THU,
    text: 'Bonjour Camille,\n\nMerci pour votre candidature au poste de Product Owner chez Lumio. Nous avons le plaisir de vous inviter à un premier entretien.\n\nDate : mardi 24 novembre 2026\nHeure : 10h30 - 11h15\nLieu : visioconférence (lien Google Meet ci-dessous)\n\nÀ très bientôt,\nSarah Benali\nTalent Acquisition',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '10:30' }],
  },
  {
    ...BRU_MON,
    text: "Bonjour Monsieur Peeters,\nSuite à notre conversation téléphonique, je vous confirme votre entretien avec Madame Claes le jeudi 26 novembre à 14 heures dans nos bureaux de l'avenue Louise 143, 1050 Bruxelles.\nMerci de vous munir d'une pièce d'identité.\nBien à vous,\nSophie Dubois\nRecrutement",
    expect: [{ kind: 'interview', by: '2026-11-26', time: '14:00' }],
  },
  {
    ...GVA_WED,
    text: 'Bonjour,\nNous accusons réception de votre dossier de candidature. Celui-ci sera examiné attentivement et nous vous donnerons une réponse dans un délai de 10 jours ouvrables.\nMeilleures salutations,\nService des ressources humaines – Banque Lémanique',
    expect: [{ kind: 'response-by', by: '2026-12-09' }],
  },
  {
    ...MTL_TUE,
    text: 'Bonjour Maxime,\nMerci de ton intérêt pour le poste de développeur. Serais-tu disponible pour une entrevue par Teams le lundi 30 novembre à 13 h 30?\nAu plaisir,\nGeneviève Tremblay\nConseillère en acquisition de talents',
    expect: [{ kind: 'interview', by: '2026-11-30', time: '13:30' }],
  },
  {
    ...CAS_FRI,
    text: "Cher Monsieur Benjelloun,\nNous vous remercions de l'intérêt que vous portez à notre groupe. Après étude de votre profil, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.\nNous gardons néanmoins votre CV dans notre vivier.\nCordialement,\nDirection des Ressources Humaines",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DKR_MON,
    text: "Bonjour Aminata,\nJe serai en mission à Saint-Louis jusqu'au vendredi 4 décembre sans accès à mes mails. Merci de ne pas me relancer avant mon retour, le lundi 7 décembre.\nBien cordialement,\nMoussa Ndiaye",
    expect: [{ kind: 'no-contact-before', by: '2026-12-07' }],
  },
  {
    ...LYO_THU,
    text: 'Bonjour Julien,\nVotre profil a retenu notre attention ! Voici mes disponibilités pour un premier échange :\n- lundi 7 décembre à 9h30\n- mardi 8 décembre à 14h\n- jeudi 10 décembre à 11h\nDites-moi ce qui vous arrange.\nÉmilie',
    expect: [],
  },
  {
    ...PAR_THU,
    text: "Bonjour Léa, merci encore pour ton temps ce matin. On fait le point en équipe lundi et je te fais un retour d'ici mercredi au plus tard. Belle fin de journée, Hugo",
    expect: [{ kind: 'response-by', by: '2026-11-25' }],
  },
  {
    ...BRU_MON,
    text: "Bonjour,\nNous avons bien reçu votre candidature et vous en remercions. Nous reviendrons vers vous dans les meilleurs délais.\nL'équipe RH",
    expect: [],
  },
  {
    ...GVA_WED,
    text: "Chère Madame Rochat,\nNous avons le plaisir de vous proposer le poste de Responsable comptable au sein de notre fiduciaire, avec une entrée en fonction le 1er février 2027. Vous trouverez ci-joint notre proposition de contrat.\nNous vous remercions de bien vouloir nous communiquer votre décision d'ici au vendredi 4 décembre.\nAvec nos meilleures salutations,\nMarc-André Favre\nAssocié",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MTL_TUE,
    text: "Bonjour Mme Gagnon,\nEn raison d'un imprévu, nous devons déplacer votre entrevue prévue le jeudi 26 novembre. Nous vous proposons plutôt le vendredi 27 novembre à 10 h, même endroit.\nMerci de nous confirmer le tout.\nJosée Bouchard, CRHA",
    expect: [{ kind: 'interview', by: '2026-11-27', time: '10:00' }],
  },
  {
    ...CAS_FRI,
    text: "NB : Seuls les candidats présélectionnés seront contactés. Merci de ne pas appeler le standard pour connaître l'état de votre candidature.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DKR_MON,
    text: "Statut de votre candidature : En cours d'examen (mis à jour le 30/11/2026 à 11:52). Réf. offre : SN-2026-114.",
    expect: [],
  },
  {
    ...LYO_THU,
    text: "Bonjour Antoine,\nLe processus de recrutement va prendre un peu de temps car nous recevons beaucoup de candidatures. Merci de patienter au moins trois semaines avant de nous relancer.\nCordialement,\nL'équipe Talents",
    expect: [{ kind: 'no-contact-before', by: '2026-12-24' }],
  },
  {
    ...PAR_THU,
    text: 'Pour finaliser votre dossier, merci de nous transmettre votre RIB et une copie de votre carte vitale avant le lundi 30 novembre.',
    expect: [],
  },
  {
    ...BRU_MON,
    text: 'Bonjour Lucas,\nLe comité de sélection se réunit mercredi. Nous reviendrons vers vous en début de semaine prochaine avec une réponse.\nBien à vous,\nNathalie',
    expect: [{ kind: 'response-by', by: '2026-12-01', fuzzy: true }],
  },
  {
    ...GVA_WED,
    text: "Bonjour Noémie,\nL'entretien avec notre directeur à Montréal aura lieu le mardi 1er décembre à 9 h (heure de Montréal), soit 15 h à Genève.\nCordialement,\nÉquipe RH",
    expect: [{ kind: 'interview', by: '2026-12-01', time: '15:00' }],
  },
  {
    ...MTL_TUE,
    text: "Merci pour l'entrevue de vendredi dernier. Pour information, la date d'entrée en poste prévue est le lundi 11 janvier 2027.",
    expect: [],
  },
  {
    ...CAS_FRI,
    text: 'Bonjour Mme Alaoui,\nLes entretiens finaux se déroulent cette semaine. Nous vous communiquerons notre décision avant la fin du mois.\nCordialement,\nRH',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...DKR_MON,
    text: "Bonjour Fatou,\nC'est noté, je t'attends demain à 10h au 3e étage de l'immeuble Kébé pour l'entretien avec le DG.\nÀ demain !\nIbrahima",
    expect: [{ kind: 'interview', by: '2026-12-01', time: '10:00' }],
  },
  {
    ...LYO_THU,
    text: 'Rappel : la période de candidature pour notre programme de stages 2027 se termine le 15 décembre. Les entretiens collectifs auront lieu à partir du 11 janvier.',
    expect: [],
  },
  {
    ...PAR_THU,
    text: "Bonjour Inès,\nMerci pour les échanges de cette semaine. Les derniers entretiens ont lieu la semaine prochaine ; nous reviendrons vers vous d'ici deux semaines, au plus tard.\nBonne soirée,\nThomas",
    expect: [{ kind: 'response-by', by: '2026-12-03' }],
  },
  {
    ...BRU_MON,
    text: 'Nous vous remercions de ne pas nous contacter avant la clôture des candidatures, le 4 décembre.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-04', fuzzy: true }],
  },
  {
    ...GVA_WED,
    text: "Merci pour votre participation à l'assessment. Vous recevrez nos résultats sous 48 heures.",
    expect: [{ kind: 'response-by', by: '2026-11-27' }],
  },
  {
    ...MTL_TUE,
    text: 'Veuillez noter que nos bureaux seront fermés du 24 décembre au 4 janvier inclusivement pour la période des Fêtes.',
    expect: [],
  },
  {
    ...CAS_FRI,
    text: 'Bonjour Youssef,\nSuite à un empêchement du jury, votre entretien du lundi 30 novembre est reporté au mercredi 2 décembre à 11h00, à la même adresse.\nMerci de votre compréhension.\nService Recrutement – OCP',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '11:00' }],
  },
  {
    ...DKR_MON,
    text: 'Bonjour Cheikh, merci pour ton temps lors des entretiens. Malheureusement, nous avons choisi d’avancer avec un autre profil, plus junior, qui correspond mieux au budget. Bonne continuation !',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LYO_THU,
    text: 'Bonjour Claire,\nLe poste a été mis en attente le temps de valider le budget 2027. Nous devrions pouvoir vous faire un retour à la mi-décembre.\nCordialement,\nPauline',
    expect: [{ kind: 'response-by', by: '2026-12-15', fuzzy: true }],
  },
  {
    ...PAR_THU,
    text: "Parfait, c'est confirmé pour mercredi 25 novembre à 16h30 dans nos locaux.\nÀ mercredi,\nAurélie\n\nLe mer. 18 nov. 2026 à 18:03, Karim Haddad <karim.haddad@gmail.com> a écrit :\n> Bonjour Aurélie, je suis disponible mercredi 25 à 16h30 ou jeudi 26 à 10h.",
    expect: [{ kind: 'interview', by: '2026-11-25', time: '16:30' }],
  },
  {
    ...BRU_MON,
    text: 'Pour information, les entretiens avec les autres candidats ont lieu jeudi et vendredi ; je reviendrai vers vous dès que possible.',
    expect: [],
  },
];

// Round 43, smaller, was written after round 37's misses had been fixed, again before the engine read it.
// Friday 4 December 2026, 11:00 in Paris.
const PAR_FRI = { sentAt: '2026-12-04T11:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 2 December 2026, 15:20 in Lille.
const LIL_WED = { sentAt: '2026-12-02T15:20:00+01:00', tz: 'Europe/Paris' } as const;
// Monday 7 December 2026, 10:15 in Lausanne.
const LAU_MON = { sentAt: '2026-12-07T10:15:00+01:00', tz: 'Europe/Zurich' } as const;
// Thursday 10 December 2026, 13:45 in Québec City.
const QC_THU = { sentAt: '2026-12-10T13:45:00-05:00', tz: 'America/Toronto' } as const;
// Tuesday 8 December 2026, 09:00 in Abidjan (UTC).
const ABJ_TUE = { sentAt: '2026-12-08T09:00:00+00:00', tz: 'Africa/Abidjan' } as const;
// Wednesday 9 December 2026, 11:30 in Tunis (UTC+1).
const TUN_WED = { sentAt: '2026-12-09T11:30:00+01:00', tz: 'Africa/Tunis' } as const;
// Tuesday 15 December 2026, 08:40 in Liège.
const LIE_TUE = { sentAt: '2026-12-15T08:40:00+01:00', tz: 'Europe/Brussels' } as const;

/** Round 43: French recruiter mail, a second fresh round after round 37's fixes. */
export const ROUND_43_FR: readonly PhraseRow[] = [
  {
    ...PAR_FRI,
    text: 'Bonjour Mathilde,\nSuite à votre échange avec Paul, nous souhaiterions vous rencontrer pour un entretien final le jeudi 10 décembre à 11h, dans nos locaux du 9e.\nMerci de me confirmer votre présence.\nBien cordialement,\nCharlotte Leroy',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '11:00' }],
  },
  {
    ...LIL_WED,
    text: "Bonjour,\nMerci d'avoir passé nos tests en ligne. Les résultats vous seront communiqués par e-mail sous dix jours.\nL'équipe recrutement",
    expect: [{ kind: 'response-by', by: '2026-12-12' }],
  },
  {
    ...LAU_MON,
    text: 'Madame,\nNous vous remercions de votre postulation. Nous regrettons de vous informer que nous avons donné la préférence à une candidate dont le profil correspond davantage à nos besoins.\nNous vous souhaitons plein succès dans vos recherches.\nMeilleures salutations',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...QC_THU,
    text: 'Salut Olivier! On aimerait te rencontrer pour une entrevue en personne mardi prochain, le 15 décembre, à 10 h 30, à nos bureaux de Québec. Ça te convient?\nMarie-Ève',
    expect: [{ kind: 'interview', by: '2026-12-15', time: '10:30' }],
  },
  {
    ...ABJ_TUE,
    text: "Bonjour M. Kouassi,\nPour votre entretien technique, merci de choisir l'un des créneaux suivants : mercredi 9 décembre à 10h, jeudi 10 décembre à 15h ou vendredi 11 décembre à 9h.",
    expect: [],
  },
  {
    ...TUN_WED,
    text: "Bonjour Sami,\nNotre responsable RH est en congé jusqu'au 18 décembre. Merci de ne pas relancer avant le lundi 21 décembre.\nCordialement",
    expect: [{ kind: 'no-contact-before', by: '2026-12-21' }],
  },
  {
    ...LIE_TUE,
    text: "Bonjour Arnaud, nous te tiendrons au courant dès que nous aurons plus d'informations de la part du client. Bonne journée !",
    expect: [],
  },
  {
    ...PAR_FRI,
    text: "Bonjour Hélène,\nJ'ai le plaisir de vous annoncer que vous avez été retenue pour le poste de cheffe de projet. Vous trouverez ci-joint votre promesse d'embauche, à nous retourner signée avant le 11 décembre.\nBien à vous,\nFrançois",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LIL_WED,
    text: "Merci de ne pas téléphoner à l'agence : aucune information ne sera donnée par téléphone.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LAU_MON,
    text: "Bonjour Luc,\nNous avons encore deux entretiens à mener cette semaine. Vous aurez de nos nouvelles d'ici la fin de la semaine prochaine.\nMeilleures salutations,\nAnne-Laure Rey",
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...QC_THU,
    text: 'Prendre note que nos bureaux seront fermés du 23 décembre au 5 janvier. Bon temps des Fêtes!',
    expect: [],
  },
  {
    ...ABJ_TUE,
    text: 'Bonjour Aïcha,\nVotre entretien initialement prévu le vendredi 11 décembre est avancé au jeudi 10 décembre à 14h30.\nMerci de votre compréhension,\nService RH',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '14:30' }],
  },
  {
    ...TUN_WED,
    text: "Merci pour votre présence à l'entretien de lundi dernier. Nous vous ferons un retour dès que possible.",
    expect: [],
  },
  {
    ...LIE_TUE,
    text: 'Bonjour Manon,\nLe poste est en attente de validation budgétaire ; nous reviendrons vers vous au début du mois de janvier.',
    expect: [{ kind: 'response-by', by: '2027-01-05', fuzzy: true }],
  },
  {
    ...PAR_FRI,
    text: 'Pense à compléter ton profil sur notre plateforme avant mercredi, sinon ta candidature ne pourra pas être étudiée.',
    expect: [],
  },
  {
    ...LIL_WED,
    text: "Merci pour ta visite aujourd'hui ! Je fais le point avec l'équipe et je te donne une réponse dans les 72 heures.",
    expect: [{ kind: 'response-by', by: '2026-12-05' }],
  },
  {
    ...LAU_MON,
    text: 'Nous vous prions de ne pas nous contacter avant la fin de la période de recrutement, soit après le 18 décembre.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-19' }],
  },
  {
    ...QC_THU,
    text: "Bonjour Jessica, l'entrevue avec l'équipe de Paris est confirmée pour le lundi 14 décembre à 15 h, heure de Paris (9 h à Montréal).",
    expect: [{ kind: 'interview', by: '2026-12-14', time: '09:00' }],
  },
  {
    ...ABJ_TUE,
    text: "Les tests psychotechniques collectifs auront lieu le samedi 12 décembre à 8h pour l'ensemble des candidats présélectionnés.",
    expect: [],
  },
  {
    ...TUN_WED,
    text: "Bonjour Mehdi,\nAprès mûre réflexion, nous avons décidé de ne pas donner suite à votre candidature. Nous vous remercions pour l'intérêt porté à notre société.\nCordialement,\nLa DRH",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
];

// Round 45, smaller, was written after round 43's misses and the rules from probes had been fixed, again before
// the engine read it.
// Monday 14 December 2026, 09:30 in Nantes.
const NAN_MON = { sentAt: '2026-12-14T09:30:00+01:00', tz: 'Europe/Paris' } as const;
// Friday 11 December 2026, 14:00 in Namur.
const NAM_FRI = { sentAt: '2026-12-11T14:00:00+01:00', tz: 'Europe/Brussels' } as const;
// Thursday 10 December 2026, 10:10 in Fribourg.
const FRI_THU = { sentAt: '2026-12-10T10:10:00+01:00', tz: 'Europe/Zurich' } as const;
// Wednesday 16 December 2026, 16:20 in Sherbrooke.
const SHE_WED = { sentAt: '2026-12-16T16:20:00-05:00', tz: 'America/Toronto' } as const;
// Tuesday 15 December 2026, 11:00 in Rabat (UTC+1).
const RAB_TUE = { sentAt: '2026-12-15T11:00:00+01:00', tz: 'Africa/Casablanca' } as const;
// Friday 18 December 2026, 09:00 in Dakar.
const DKR_FRI = { sentAt: '2026-12-18T09:00:00+00:00', tz: 'Africa/Dakar' } as const;
// Wednesday 9 December 2026, 12:15 in Bordeaux.
const BDX_WED = { sentAt: '2026-12-09T12:15:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 45: French recruiter mail, a third fresh round. */
export const ROUND_45_FR: readonly PhraseRow[] = [
  {
    ...NAN_MON,
    text: "Bonjour Élise,\nJe reviens vers vous concernant le poste d'assistante commerciale : nous aimerions vous revoir pour un second entretien mercredi 16 décembre à 15h30.\nCela vous convient-il ?\nCordialement,\nDamien Caron",
    expect: [{ kind: 'interview', by: '2026-12-16', time: '15:30' }],
  },
  {
    ...NAM_FRI,
    text: 'Madame,\nNous avons bien reçu votre candidature spontanée. Notre service RH vous répondra dans un délai de trois semaines.\nBien à vous',
    expect: [{ kind: 'response-by', by: '2027-01-01' }],
  },
  {
    ...FRI_THU,
    text: 'Bonjour Monsieur Python,\nPar la présente, nous vous convions à un entretien le lundi 14 décembre 2026 à 8h45 dans nos locaux de la route de la Glâne 7.\nMeilleures salutations',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '08:45' }],
  },
  {
    ...SHE_WED,
    text: "Bonjour Kevin,\nNous tenons à te remercier pour l'intérêt porté au poste de technicien. Malheureusement, nous avons arrêté notre choix sur une autre candidature.\nBonne continuation!\nAudrey",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...RAB_TUE,
    text: "Le dossier complet doit être déposé au plus tard le 31 décembre à l'adresse indiquée.",
    expect: [],
  },
  {
    ...DKR_FRI,
    text: 'Bonjour Khady,\nNos bureaux seront fermés pendant les fêtes. Merci de ne pas nous relancer avant le 4 janvier, date de reprise.\nCordialement',
    expect: [{ kind: 'no-contact-before', by: '2027-01-04' }],
  },
  {
    ...BDX_WED,
    text: "Coucou Léo, super échange ce matin ! Je vois l'équipe cet aprem et je te fais un retour d'ici demain soir. Bises, Manon",
    expect: [{ kind: 'response-by', by: '2026-12-10' }],
  },
  {
    ...NAN_MON,
    text: 'Pour notre prochain échange, seriez-vous disponible jeudi 17 à 10h ou vendredi 18 à 14h ?',
    expect: [],
  },
  {
    ...NAM_FRI,
    text: 'Monsieur Dupont,\nNous avons le plaisir de vous informer que nous souhaitons vous engager en qualité de gestionnaire de paie. Vous trouverez en annexe notre proposition de contrat, que nous vous invitons à nous retourner signée pour le 18 décembre.\nBien à vous',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...FRI_THU,
    text: 'Nous vous prions de ne pas prendre contact par téléphone ; seules les candidatures transmises via notre portail seront traitées.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SHE_WED,
    text: "Bonjour Chloé,\nMerci d'avoir rencontré l'équipe. On devrait être en mesure de te donner une réponse d'ici le 23 décembre.\nMélanie",
    expect: [{ kind: 'response-by', by: '2026-12-23' }],
  },
  {
    ...RAB_TUE,
    text: "Suite à votre entretien d'hier, votre dossier est en cours d'étude. Nous reviendrons vers vous prochainement.",
    expect: [],
  },
  {
    ...DKR_FRI,
    text: 'Bonjour Ousmane,\nLe comité de recrutement se réunit après les congés. Nous vous communiquerons les résultats dans un délai de 15 jours à compter du 4 janvier.\nCordialement',
    expect: [{ kind: 'response-by', by: '2027-01-19' }],
  },
  {
    ...BDX_WED,
    text: "Bonjour Inès, l'entretien avec la filiale canadienne aura lieu le vendredi 11 décembre à 10h, heure de Montréal.",
    expect: [{ kind: 'interview', by: '2026-12-11', time: '16:00' }],
  },
  {
    ...NAN_MON,
    text: "Pour rappel, votre période d'essai débutera le 4 janvier et durera trois mois.",
    expect: [],
  },
  {
    ...NAM_FRI,
    text: 'Compte tenu du nombre de candidatures reçues, nous vous demandons de bien vouloir patienter deux semaines avant de reprendre contact avec nous.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-25' }],
  },
  {
    ...FRI_THU,
    text: 'Les entretiens des autres finalistes se tiendront lundi et mardi prochains.',
    expect: [],
  },
  {
    ...SHE_WED,
    text: 'Bonjour Samuel,\nJe dois malheureusement déplacer notre entrevue de demain. Serais-tu disponible lundi le 21 décembre à 11 h à la place?\nMerci et désolée!\nJulie',
    expect: [{ kind: 'interview', by: '2026-12-21', time: '11:00' }],
  },
  {
    ...RAB_TUE,
    text: "Nous avons le regret de vous faire savoir que votre candidature n'a pas pu être retenue.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DKR_FRI,
    text: "Bonjour Awa, je confirme notre rendez-vous de lundi 21 décembre à 9h30 à l'agence du Plateau. Bonne fin de semaine !",
    expect: [{ kind: 'interview', by: '2026-12-21', time: '09:30' }],
  },
];

// Round 47, smaller, was written after round 45's misses had been fixed, again before the engine read it.
// Tuesday 12 January 2027, 10:00 in Paris.
const PAR_JAN = { sentAt: '2027-01-12T10:00:00+01:00', tz: 'Europe/Paris' } as const;
// Thursday 14 January 2027, 15:00 in Luxembourg.
const LUX_THU = { sentAt: '2027-01-14T15:00:00+01:00', tz: 'Europe/Luxembourg' } as const;
// Monday 11 January 2027, 17:30 in Geneva.
const GEN_MON = { sentAt: '2027-01-11T17:30:00+01:00', tz: 'Europe/Zurich' } as const;
// Wednesday 13 January 2027, 10:00 in Montréal.
const MTL_WED = { sentAt: '2027-01-13T10:00:00-05:00', tz: 'America/Toronto' } as const;
// Friday 15 January 2027, 09:00 in Algiers.
const ALG_FRI = { sentAt: '2027-01-15T09:00:00+01:00', tz: 'Africa/Algiers' } as const;
// Monday 18 January 2027, 18:10 in Toulouse.
const TLS_MON = { sentAt: '2027-01-18T18:10:00+01:00', tz: 'Europe/Paris' } as const;
// Tuesday 19 January 2027, 11:00 in Louvain-la-Neuve.
const LLN_TUE = { sentAt: '2027-01-19T11:00:00+01:00', tz: 'Europe/Brussels' } as const;

/** Round 47: French recruiter mail, a fourth fresh round. */
export const ROUND_47_FR: readonly PhraseRow[] = [
  {
    ...PAR_JAN,
    text: 'Bonjour Romain,\n\nSuite à notre échange téléphonique, je vous confirme notre rendez-vous :\nDate : jeudi 14 janvier 2027\nHeure : 16h00\nAdresse : 24 rue du Faubourg Saint-Antoine, 75012 Paris\n\nBien cordialement,\nAgnès Moreau\nCabinet Moreau RH',
    expect: [{ kind: 'interview', by: '2027-01-14', time: '16:00' }],
  },
  {
    ...LUX_THU,
    text: "Bonjour Madame Weber,\nNous accusons bonne réception de votre candidature. Celle-ci fera l'objet d'une analyse approfondie et nous reviendrons vers vous au plus tard le vendredi 29 janvier.\nVeuillez agréer nos salutations distinguées.",
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...GEN_MON,
    text: 'Bonjour Yann,\nSerais-tu disponible demain à 14h pour un appel de 30 minutes avec notre CTO ?\nBelle journée,\nLaure',
    expect: [{ kind: 'interview', by: '2027-01-12', time: '14:00' }],
  },
  {
    ...MTL_WED,
    text: "Bonjour Frédéric,\nMerci d'avoir pris le temps de rencontrer notre équipe. Après réflexion, nous avons décidé de ne pas aller de l'avant avec ta candidature.\nBonne chance dans tes recherches!\nSophie",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ALG_FRI,
    text: "Les épreuves écrites du concours de recrutement se dérouleront le samedi 23 janvier pour l'ensemble des candidats retenus.",
    expect: [],
  },
  {
    ...TLS_MON,
    text: "Bonjour Clément,\nJe suis en déplacement toute la semaine. Merci d'attendre mon retour, le lundi 25 janvier, avant de me relancer.\nCordialement,\nNadia",
    expect: [{ kind: 'no-contact-before', by: '2027-01-25' }],
  },
  {
    ...LLN_TUE,
    text: "Voici les créneaux possibles pour l'entretien : mercredi 20/01 à 10h, jeudi 21/01 à 14h, vendredi 22/01 à 9h. Merci de m'indiquer votre préférence.",
    expect: [],
  },
  {
    ...PAR_JAN,
    text: 'Bonjour Lina,\nMerci pour votre participation. Le jury délibère cette semaine ; vous aurez une réponse d’ici la fin de la semaine prochaine.\nCordialement',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...LUX_THU,
    text: "Cher Monsieur Schmit,\nC'est avec plaisir que nous vous proposons le poste d'analyste financier au sein de notre équipe. Nous vous saurions gré de nous faire connaître votre décision avant le 22 janvier.\nBien à vous",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...GEN_MON,
    text: 'Les appels téléphoniques ne seront pas pris en compte.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MTL_WED,
    text: "Salut Marc-Antoine! L'équipe finalise les entrevues. On devrait te revenir d'ici deux semaines avec une décision.",
    expect: [{ kind: 'response-by', by: '2027-01-27' }],
  },
  {
    ...ALG_FRI,
    text: "Nous vous remercions pour votre présence à l'entretien du mardi 12 janvier.",
    expect: [],
  },
  {
    ...TLS_MON,
    text: 'Bonjour Thomas,\nNotre entretien de mercredi est décalé au jeudi 21 janvier, même heure (11h).\nDésolée pour ce contretemps,\nCamille',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '11:00' }],
  },
  {
    ...LLN_TUE,
    text: 'Bonjour Sarah, nous vous remercions pour votre candidature. Vous recevrez une réponse dans les 5 jours ouvrables.',
    expect: [{ kind: 'response-by', by: '2027-01-26' }],
  },
  {
    ...PAR_JAN,
    text: "N'oubliez pas de compléter le questionnaire en ligne d'ici vendredi.",
    expect: [],
  },
  {
    ...LUX_THU,
    text: 'Nous vous remercions de ne pas nous contacter avant la fin de la campagne de recrutement, prévue le 5 février.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-05', fuzzy: true }],
  },
  {
    ...GEN_MON,
    text: "Bonjour Pierre, l'entretien avec l'équipe de Londres est fixé au mercredi 13 janvier à 10h, heure de Londres.",
    expect: [{ kind: 'interview', by: '2027-01-13', time: '11:00' }],
  },
  {
    ...MTL_WED,
    text: 'Veuillez prendre note que le processus comprend deux entrevues et un test psychométrique.',
    expect: [],
  },
  {
    ...ALG_FRI,
    text: 'Nous sommes au regret de vous informer que votre profil ne correspond pas aux exigences du poste.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TLS_MON,
    text: 'Hello Julie, je fais le point avec le manager et je reviens vers toi en début de semaine prochaine. Bonne soirée !',
    expect: [{ kind: 'response-by', by: '2027-01-26', fuzzy: true }],
  },
];

// Round 49, smaller, was written after round 47's misses had been fixed, again before the engine read it.
// Monday 8 February 2027, 09:20 in Rennes.
const REN_MON = { sentAt: '2027-02-08T09:20:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 3 February 2027, 14:00 in Brussels.
const BRU_FEB = { sentAt: '2027-02-03T14:00:00+01:00', tz: 'Europe/Brussels' } as const;
// Thursday 4 February 2027, 16:45 in Lausanne.
const LAU_FEB = { sentAt: '2027-02-04T16:45:00+01:00', tz: 'Europe/Zurich' } as const;
// Tuesday 9 February 2027, 08:30 in Québec City.
const QC_FEB = { sentAt: '2027-02-09T08:30:00-05:00', tz: 'America/Toronto' } as const;
// Friday 5 February 2027, 11:00 in Dakar.
const DKR_FEB = { sentAt: '2027-02-05T11:00:00+00:00', tz: 'Africa/Dakar' } as const;

/** Round 49: French recruiter mail, a fifth fresh round. */
export const ROUND_49_FR: readonly PhraseRow[] = [
  {
    ...REN_MON,
    text: 'Bonjour Gaëlle,\nMerci pour votre candidature. Pourriez-vous vous rendre disponible mercredi 10 février à 14h30 pour un entretien en visio avec notre directeur commercial ?\nBien cordialement,\nStéphanie',
    expect: [{ kind: 'interview', by: '2027-02-10', time: '14:30' }],
  },
  {
    ...BRU_FEB,
    text: "Madame,\nNous vous informons que votre dossier est actuellement à l'étude. Une réponse vous sera adressée au plus tard le 19 février.\nCordialement",
    expect: [{ kind: 'response-by', by: '2027-02-19' }],
  },
  {
    ...LAU_FEB,
    text: 'Monsieur,\nAprès un examen attentif de votre dossier, nous sommes contraints de vous informer que nous ne pourrons pas retenir votre candidature.\nMeilleures salutations',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...QC_FEB,
    text: 'Notre service des ressources humaines est ouvert du lundi au vendredi, de 8 h 30 à 16 h 30.',
    expect: [],
  },
  {
    ...DKR_FEB,
    text: 'Bonjour Mamadou,\nLe recruteur est absent cette semaine. Merci de ne pas le relancer avant mercredi prochain.\nCordialement',
    expect: [{ kind: 'no-contact-before', by: '2027-02-10' }],
  },
  {
    ...REN_MON,
    text: 'Je vous propose deux créneaux : mardi 9 à 11h ou jeudi 11 à 15h. Lequel vous arrange ?',
    expect: [],
  },
  {
    ...BRU_FEB,
    text: 'Bonjour Kevin,\nNous sommes heureux de vous annoncer que votre candidature a été retenue pour le poste de développeur back-end. Votre contrat vous sera envoyé dans les prochains jours.\nBien à vous',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-02-08', fuzzy: true },
    ],
  },
  {
    ...LAU_FEB,
    text: "Bonjour Anaïs,\nNous finalisons notre processus et vous donnerons une réponse d'ici la fin du mois.\nMeilleures salutations",
    expect: [{ kind: 'response-by', by: '2027-02-28' }],
  },
  {
    ...QC_FEB,
    text: 'Bonjour Alexandre, je te confirme ton entrevue jeudi prochain, le 11 février, à 9 h, au 2e étage. À jeudi!',
    expect: [{ kind: 'interview', by: '2027-02-11', time: '09:00' }],
  },
  {
    ...DKR_FEB,
    text: 'Nous vous contacterons dès que la direction aura validé les profils retenus.',
    expect: [],
  },
  {
    ...REN_MON,
    text: 'Merci de ne pas contacter le magasin par téléphone au sujet de votre candidature.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BRU_FEB,
    text: "Malheureusement, votre profil n'a pas été sélectionné pour la suite du processus.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LAU_FEB,
    text: "L'entrée en fonction est prévue le 1er mars 2027.",
    expect: [],
  },
  {
    ...QC_FEB,
    text: "Merci d'avoir postulé! Nous vous reviendrons d'ici trois semaines au plus tard.",
    expect: [{ kind: 'response-by', by: '2027-03-02' }],
  },
  {
    ...DKR_FEB,
    text: 'Bonjour Ndeye, votre entretien du lundi 8 février est reporté au mardi 9 février à 10h. Merci de votre compréhension.',
    expect: [{ kind: 'interview', by: '2027-02-09', time: '10:00' }],
  },
];
