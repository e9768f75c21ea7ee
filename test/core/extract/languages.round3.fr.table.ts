// The third held-out French round of issue 13 (round 30): whole recruiter messages, ATS templates (Personio,
// Welcome to the Jungle, Talentsoft, SAP SuccessFactors, Workday, Softgarden, Teamtailor) and agency mail from
// France, Belgium, Switzerland, Québec and West/North Africa, in the vous and tu registers, written with their
// answers from TIMELINE-CONVENTIONS.md BEFORE the engine read them. The first-run figure is in FIRST_RUN
// (languages.table.ts); the rules behind the misses were then fixed, and the rows stay as regression rows.
import { PAR } from './languages.senders';
import type { PhraseRow } from './phrases.table';

// Friday 13 November 2026, 16:30 in Geneva.
const GVA = { sentAt: '2026-11-13T16:30:00+01:00', tz: 'Europe/Zurich' } as const;
// Monday 16 November 2026, 08:45 in Brussels.
const BRU = { sentAt: '2026-11-16T08:45:00+01:00', tz: 'Europe/Brussels' } as const;
// Thursday 12 November 2026, 14:20 in Montréal.
const MTL = { sentAt: '2026-11-12T14:20:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 12 November 2026, 22:30 in Montréal (already Friday in UTC).
const MTL_LATE = { sentAt: '2026-11-12T22:30:00-05:00', tz: 'America/Toronto' } as const;
// Wednesday 18 November 2026, 11:00 in Casablanca (UTC+1 all year outside Ramadan).
const CAS = { sentAt: '2026-11-18T11:00:00+01:00', tz: 'Africa/Casablanca' } as const;
// Thursday 19 November 2026, 09:15 in Dakar (UTC).
const DKR = { sentAt: '2026-11-19T09:15:00+00:00', tz: 'Africa/Dakar' } as const;
// Tuesday 10 November 2026, 09:00 in Abidjan (UTC).
const ABJ = { sentAt: '2026-11-10T09:00:00+00:00', tz: 'Africa/Abidjan' } as const;
// Monday 9 November 2026, 15:00 in Tunis.
const TUN = { sentAt: '2026-11-09T15:00:00+01:00', tz: 'Africa/Tunis' } as const;
// Sunday 15 November 2026, 21:10 in Paris.
const PAR_SUN = { sentAt: '2026-11-15T21:10:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 30: French recruiter mail and ATS templates, third unseen round. */
export const ROUND_30_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: "Bonjour Inès,\n\nMerci pour votre candidature au poste de Chef de projet digital chez Altavia Group. Nous souhaiterions vous rencontrer pour un premier entretien.\n\nDate : lundi 16 novembre 2026\nHeure : 11:30 - 12:15 (heure de Paris)\nLieu : Google Meet (le lien vous sera envoyé la veille)\nInterlocuteur : Thibault Marchand, Head of Marketing\n\nMerci de confirmer ce créneau en cliquant sur le bouton ci-dessous.\n\nBien cordialement,\nL'équipe Talent Acquisition\nAltavia Group – 10 rue Blanche, 75009 Paris\nCe message a été envoyé automatiquement via Personio. Merci de ne pas y répondre.",
    expect: [{ kind: 'interview', by: '2026-11-16', time: '11:30' }],
  },
  {
    ...PAR,
    text: "Salut Yanis ! Ça te dit qu'on se cale un call jeudi vers 18h pour parler du poste de dev back ? Sinon dis-moi ce qui t'arrange. Bonne journée, Camille (Alan)",
    expect: [{ kind: 'interview', by: '2026-11-12', time: '18:00' }],
  },
  {
    ...GVA,
    text: 'Bonjour Monsieur Keller,\nSuite à un imprévu de notre directrice financière, nous devons malheureusement décaler votre entretien initialement prévu ce lundi 16 novembre à 9h. Nous vous proposons à la place le mercredi 18 novembre à 14h, toujours dans nos bureaux de la rue du Rhône 42, 1204 Genève.\nAvec nos excuses pour ce contretemps,\nSandrine Favre\nRessources humaines – Banque Mirabaud & Cie SA\nT +41 22 816 22 22',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '14:00' }],
  },
  {
    ...BRU,
    text: "Madame Peeters, nous sommes au regret de devoir annuler l'entretien prévu ce jeudi 19 novembre à 10h30, notre directeur commercial étant retenu à l'étranger. Nous reviendrons vers vous dès que possible pour convenir d'une nouvelle date.",
    expect: [],
  },
  {
    ...CAS,
    text: "Bonjour Salma,\nAfin d'organiser votre entretien technique, pourriez-vous m'indiquer lequel de ces créneaux vous convient ?\n- lundi 23/11 à 10h00\n- mardi 24/11 à 15h30\n- jeudi 26/11 à 11h00\nCordialement,\nKarim El Idrissi\nTalent Acquisition – Inwi\nTechnopark, Route de Nouaceur, Casablanca\nTél. : +212 5 22 00 00 00",
    expect: [],
  },
  {
    ...PAR,
    text: 'Pour information, nous recevons les autres candidats présélectionnés les 19 et 20 novembre ; je reviendrai vers vous au plus tard le mercredi 25 novembre.',
    expect: [{ kind: 'response-by', by: '2026-11-25' }],
  },
  {
    ...PAR,
    text: "Accusé de réception – Réf. 2026-0412\nNous accusons bonne réception de votre candidature au poste d'Ingénieur(e) méthodes (H/F). Les entretiens de présélection se tiendront courant décembre ; seuls les candidats retenus seront contactés.\nService Recrutement – Safran Aircraft Engines\nCet e-mail est généré automatiquement par Talentsoft.",
    expect: [],
  },
  {
    ...PAR,
    text: "L'étude des dossiers prend en moyenne une dizaine de jours, vous aurez donc un retour de notre part d'ici là.",
    expect: [{ kind: 'response-by', by: '2026-11-20', fuzzy: true }],
  },
  {
    ...BRU,
    text: "Les candidatures sont ouvertes jusqu'au 27 novembre inclus. Une fois la clôture passée, le jury communiquera sa décision dans un délai de dix jours ouvrables.",
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...PAR,
    text: 'Votre entretien final avec notre CEO, Olufemi Adeyemi, aura lieu le vendredi 20 novembre à 16h. Nous vous communiquerons notre décision dans les 48 heures qui suivent.',
    expect: [
      { kind: 'interview', by: '2026-11-20', time: '16:00' },
      { kind: 'response-by', by: '2026-11-22' },
    ],
  },
  {
    ...PAR,
    text: "Nous ne sommes pas encore en mesure de vous dire quand le comité se réunira, mais quoi qu'il arrive vous aurez une réponse avant la fin de l'année.",
    expect: [{ kind: 'response-by', by: '2026-12-31' }],
  },
  {
    ...MTL,
    text: "Nous communiquerons avec vous dès que nous aurons eu des nouvelles du gestionnaire d'embauche. Merci de votre patience!",
    expect: [],
  },
  {
    ...PAR,
    text: 'Votre dossier est complet depuis le 6 novembre. Nous reviendrons vers vous dans les meilleurs délais.',
    expect: [],
  },
  {
    ...PAR,
    text: "Je suis en déplacement à Dakar jusqu'au 24 novembre et ne consulterai pas mes mails d'ici là ; merci d'attendre mon retour, le 25, pour me recontacter au sujet de votre dossier.",
    expect: [{ kind: 'no-contact-before', by: '2026-11-25' }],
  },
  {
    ...BRU,
    text: 'Réponse automatique : absente du bureau\n\nBonjour,\nJe suis actuellement absente et serai de retour le mercredi 2 décembre. Pendant mon absence, vos messages ne seront pas transférés. Pour toute urgence, merci de contacter jobs@brusselsairlines.be.\nCordialement,\nAn Verstraeten',
    expect: [{ kind: 'no-contact-before', by: '2026-12-02' }],
  },
  {
    ...PAR,
    text: "Inutile de nous écrire pour connaître l'avancement de votre dossier avant la fin des entretiens, le 4 décembre.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-04', fuzzy: true }],
  },
  {
    ...PAR,
    text: 'Top, merci pour ton retour. Par contre, évite de relancer le client avant lundi prochain, il déteste ça 😅 Je te tiens au jus.\nMehdi – Hays Paris\n06 71 23 45 67',
    expect: [{ kind: 'no-contact-before', by: '2026-11-16' }],
  },
  {
    ...MTL,
    text: "Veuillez ne pas communiquer avec nous avant le 30 novembre, date de fin de l'affichage du poste.",
    expect: [{ kind: 'no-contact-before', by: '2026-11-30' }],
  },
  {
    ...PAR,
    text: "Nous vous remercions de ne pas, même en cas d'urgence et quel que soit le poste concerné, contacter nos équipes par téléphone.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...GVA,
    text: "Notre service recrutement n'est pas joignable par téléphone.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR,
    text: 'Les agences et cabinets de recrutement sont priés de ne pas nous solliciter pour ce poste.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR,
    text: 'Tu peux me joindre sur mon portable au 06 12 34 56 78, même le soir.',
    expect: [],
  },
  {
    ...ABJ,
    text: "Bonjour Aminata,\nNous vous remercions sincèrement pour l'intérêt que vous portez à Orange Côte d'Ivoire et pour le temps consacré à nos échanges. Après une analyse attentive, nous avons le regret de ne pas pouvoir retenir votre profil pour ce poste. Nous conservons toutefois votre CV dans notre vivier pendant 24 mois.\nBien à vous,\nDirection des Ressources Humaines\nAbidjan Plateau, Immeuble Jeceda",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: "Ton profil est top, mais l'équipe a finalement choisi quelqu'un avec plus d'expérience sur Kubernetes. Désolée !",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MTL,
    text: 'Félicitations! Nous sommes heureux de vous offrir le poste de conseillère en sécurité informatique chez Desjardins, avec une entrée en fonction le lundi 4 janvier 2027.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MTL,
    text: "L'entrevue est prévue le mardi 17 novembre à 10 h 30 (heure de Paris) avec notre équipe de Lyon.",
    expect: [{ kind: 'interview', by: '2026-11-17', time: '04:30' }],
  },
  {
    ...CAS,
    text: 'Entretien visio : jeudi 26 novembre, 9h00 (GMT) – lien Teams en pièce jointe.',
    expect: [{ kind: 'interview', by: '2026-11-26', time: '10:00' }],
  },
  {
    ...PAR,
    text: 'Parfait, c’est noté pour jeudi 10h, je vous envoie l’invitation Teams dans la foulée.\n\nEnvoyé de mon iPhone\n\n> Le 9 nov. 2026 à 18:47, Lucas Moreau <lucas.moreau@gmail.com> a écrit :\n>\n> Bonjour Madame Haddad,\n> Je suis disponible jeudi 12 novembre à 10h ou vendredi 13 à 14h.\n> Bien cordialement,\n> Lucas',
    expect: [{ kind: 'interview', by: '2026-11-12', time: '10:00' }],
  },
  {
    ...PAR,
    text: 'Bonjour,\nJe vous confirme la bonne réception de vos documents. Nous vous tiendrons informée de la suite d’ici la fin de la semaine prochaine.\nCordialement,\nÉlodie Garnier – Les Mutuelles Réunies\n\nDe : Nadia Cherkaoui <n.cherkaoui@outlook.fr>\nEnvoyé : lundi 9 novembre 2026 17:05\nÀ : recrutement@lesmutuelles.fr\nObjet : Documents demandés\n\nBonjour, veuillez trouver ci-joint mon diplôme et mes trois derniers bulletins de salaire.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...PAR,
    text: 'Votre entretien\u00a0| Date\u00a0: 24/11/2026 | Heure\u00a0: 09h30 | Durée\u00a0: 45 min | Adresse\u00a0: 3 avenue de la Gare, L-1611 Luxembourg',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '09:30' }],
  },
  {
    ...PAR,
    text: 'Cher/Chère candidat(e),\n\nNous vous remercions de votre candidature (ID de demande : 48213) pour le poste « Contrôleur de gestion H/F ». Votre candidature a bien été transmise au responsable du recrutement. Vous recevrez une réponse sous 3 semaines maximum.\n\nCordialement,\nSchneider Electric – Acquisition des talents\n35 rue Joseph Monier, 92500 Rueil-Malmaison',
    expect: [{ kind: 'response-by', by: '2026-12-01' }],
  },
  {
    ...PAR,
    text: "Statut : Candidature reçue\nDate de soumission : 2026-11-08\nOffre : R-0098765 Analyste Crédit (F/H)\nVous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.",
    expect: [],
  },
  {
    ...PAR,
    text: "Bonne nouvelle : votre candidature a été consultée par l'entreprise le 09.11.2026.",
    expect: [],
  },
  {
    ...PAR,
    text: 'Pour finaliser votre dossier, merci de compléter le test en ligne (environ 40 minutes) avant dimanche 15 novembre, 23h59.',
    expect: [],
  },
  {
    ...PAR,
    text: "Le séminaire d'intégration aura lieu à Annecy du 11 au 13 janvier ; la rémunération est versée le 28 de chaque mois.",
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour, je vous confirme notre entretient mercredi 18 novembre a 14h30 dans nos locaux de Nantes.',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '14:30' }],
  },
  {
    ...PAR,
    text: "Merci encore pour l'entretien de mardi dernier avec Mme Ouédraogo, elle a beaucoup apprécié votre présentation.",
    expect: [],
  },
  {
    ...PAR,
    text: 'Nous espérions pouvoir vous répondre avant le 6 novembre, mais le processus a pris du retard.',
    expect: [],
  },
  {
    ...PAR,
    text: "L'entretien durera environ 1h30 et comprendra une étude de cas de 30 minutes.",
    expect: [],
  },
  {
    ...PAR,
    text: "Si vous n'avez pas de nouvelles de notre part d'ici le 4 décembre, n'hésitez pas à relancer Julie.",
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...PAR,
    text: "Nous vous attendons le 2 décembre à 8h45 à l'accueil du bâtiment B. Pensez à vous munir de votre convocation.\n\nAurélie Nguyen\nChargée de recrutement\nTél : 01 44 55 66 77 – 12 bis avenue de la République, 13001 Marseille",
    expect: [{ kind: 'interview', by: '2026-12-02', time: '08:45' }],
  },
  {
    ...PAR,
    text: "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Société anonyme au capital de 1 250 000 € – RCS Nanterre 552 081 317 – Siège social : 1 place des Degrés, 92800 Puteaux.",
    expect: [],
  },
  { ...PAR, text: 'À 14h ou à 16h jeudi, comme tu préfères.', expect: [] },
  {
    ...PAR,
    text: 'Notre cabinet fera une pause dans les recrutements pendant les fêtes ; les prochains entretiens collectifs auront lieu à partir du 11 janvier.',
    expect: [],
  },
  {
    ...DKR,
    text: 'Bonjour M. Diallo, suite à votre test écrit, nous avons le plaisir de vous inviter à un entretien oral le mardi 24 novembre 2026 à 10H00 GMT au siège de la Sonatel, 64 voie de dégagement Nord, Dakar.',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '10:00' }],
  },
  {
    ...TUN,
    text: 'Nous vous informons que votre candidature est présélectionnée. Un entretien vous sera proposé prochainement.',
    expect: [],
  },
  {
    ...MTL,
    text: "Prenez note que le processus de sélection peut s'échelonner sur quatre à six semaines.",
    expect: [{ kind: 'response-by', by: '2026-12-24' }],
  },
  {
    ...PAR,
    text: 'Rappel de rendez-vous\nQuand : 2026-11-17 14:00–15:00 (Europe/Paris)\nOù : Salle Mistral, 3e étage\nAvec : Jan Kowalski, Engineering Manager',
    expect: [{ kind: 'interview', by: '2026-11-17', time: '14:00' }],
  },
  { ...PAR, text: "Pas d'appel svp, on répond à tout le monde par mail.", expect: [{ kind: 'no-calls' }] },
  {
    ...PAR,
    text: 'Je suis à Montréal la semaine prochaine, donc ne t’inquiète pas si je réponds avec un peu de décalage.',
    expect: [],
  },
  {
    ...PAR,
    text: 'Type de contrat : CDI | Date de début : 04/01/2027 | Salaire : 45–50 k€ | Télétravail : 2 jours/semaine | Date de publication : 02/11/2026',
    expect: [],
  },
  {
    ...PAR,
    text: 'Nous avons bien reçu votre candidature spontanée du 3 novembre. Nous la conservons dans notre base pendant deux ans.',
    expect: [],
  },
  {
    ...PAR,
    text: 'Le prochain Job Dating aura lieu le jeudi 26 novembre de 14h à 18h à la Cité des sciences.',
    expect: [],
  },
  {
    ...PAR,
    text: "Sans vouloir m'avancer, et sous réserve que le directeur valide le budget (ce qui devrait être fait rapidement), je pense pouvoir vous donner une réponse définitive vendredi.",
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...PAR,
    text: "Dès réception de votre dossier complet, l'analyse prend 5 jours ouvrés.",
    expect: [],
  },
  {
    ...PAR_SUN,
    text: 'Hello Léa, désolé pour le mail du dimanche soir ! Je fais le point avec le board et je te fais un retour la semaine prochaine, promis.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...MTL_LATE,
    text: "Je vous reviens demain sans faute avec la décision de l'équipe.",
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...PAR,
    text: 'Le call avec Sarah (notre CTO, basée à Londres) est calé le jeudi 19/11 à 3 pm UK time.',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '16:00' }],
  },
  {
    ...PAR,
    text: 'Nous avons déjà reçu trois candidats mardi dernier et en verrons deux autres lundi.',
    expect: [],
  },
];

// Wednesday 25 November 2026, 17:40 in Lyon.
const LYS = { sentAt: '2026-11-25T17:40:00+01:00', tz: 'Europe/Paris' } as const;
// Monday 30 November 2026, 08:05 in Québec City.
const YQB = { sentAt: '2026-11-30T08:05:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 26 November 2026, 12:00 in Luxembourg.
const LUX = { sentAt: '2026-11-26T12:00:00+01:00', tz: 'Europe/Luxembourg' } as const;
// Tuesday 24 November 2026, 10:30 in Algiers (UTC+1, no summer time).
const ALG = { sentAt: '2026-11-24T10:30:00+01:00', tz: 'Africa/Algiers' } as const;

/**
 * Round 34: a second, smaller French round written after round 30 was fixed and before the engine read it; its
 * first run is the fixed engine's figure on unseen text.
 */
export const ROUND_34_FR: readonly PhraseRow[] = [
  {
    ...LYS,
    text: "Hello Chloé 👋\nPetit rappel : ton entretien avec l'équipe Produit de Back Market, c'est demain à 9h15 en visio. Le lien : https://meet.google.com/abc-defg-hij\nÀ demain !\nL'équipe Talent",
    expect: [{ kind: 'interview', by: '2026-11-26', time: '09:15' }],
  },
  {
    ...YQB,
    text: 'Bonjour Mme Tremblay,\nNous aimerions vous convoquer en entrevue le jeudi 3 décembre prochain, à 13 h, à nos bureaux du 1000, rue De La Gauchetière Ouest, Montréal. Veuillez confirmer votre présence d’ici vendredi.\nCordialement,\nService des ressources humaines\nHydro-Québec\n514 555-0199',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '13:00' }],
  },
  {
    ...LUX,
    text: 'Suite à votre demande, votre entretien du lundi 30 novembre est déplacé au mercredi 2 décembre, même heure (10h30).',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '10:30' }],
  },
  {
    ...PAR,
    text: 'Créneaux disponibles :\nJeudi 12/11 | 10:00 | Visio\nJeudi 12/11 | 14:00 | Visio\nVendredi 13/11 | 11:00 | Sur site\nRéservez directement via le lien ci-dessous.',
    expect: [],
  },
  {
    ...ALG,
    text: 'Les tests psychotechniques des autres postulants se déroulent cette semaine ; votre convocation vous sera adressée par courrier.',
    expect: [],
  },
  {
    ...PAR,
    text: "Merci d'avoir postulé ! Notre équipe examine chaque candidature avec soin. Si votre profil correspond, vous serez contacté(e) pour un entretien au cours du mois de décembre.",
    expect: [],
  },
  {
    ...PAR,
    text: "Le retour du client est attendu en début de semaine prochaine ; je te transmets son feedback dès que je l'ai.",
    expect: [{ kind: 'response-by', by: '2026-11-18', fuzzy: true }],
  },
  {
    ...LYS,
    text: "Comptez environ deux semaines pour l'ensemble du processus (entretien RH, cas pratique, rencontre avec la direction).",
    expect: [{ kind: 'response-by', by: '2026-12-09', fuzzy: true }],
  },
  {
    ...YQB,
    text: "L'affichage se termine le 11 décembre. Les personnes retenues pour la suite du processus seront jointes dans les deux semaines suivant la fin de l'affichage.",
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...PAR,
    text: 'Je ne peux rien te promettre côté calendrier, le board est assez imprévisible, mais en théorie tu devrais avoir un retour mardi prochain au plus tard.',
    expect: [{ kind: 'response-by', by: '2026-11-17' }],
  },
  {
    ...LUX,
    text: "Afin de garantir l'équité entre les candidats, nous vous prions de ne pas solliciter d'informations complémentaires avant le 7 décembre.",
    expect: [{ kind: 'no-contact-before', by: '2026-12-07' }],
  },
  {
    ...PAR,
    text: 'Je suis en séminaire toute la semaine et de retour au bureau lundi 16 ; je regarderai ton dossier à ce moment-là.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-16' }],
  },
  {
    ...LYS,
    text: "Nous ne disposons pas d'une ligne téléphonique dédiée au recrutement : toutes les demandes doivent passer par le portail carrière.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...YQB,
    text: 'Nous avons bien apprécié notre rencontre; toutefois, nous avons arrêté notre choix sur une candidature correspondant davantage aux besoins du poste.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LUX,
    text: 'Suite à vos entretiens, nous avons le plaisir de vous informer que vous avez été retenu(e) pour rejoindre notre équipe en tant que Senior Auditor.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...ALG,
    text: 'Votre entretien à distance est fixé au dimanche 29 novembre à 10h00 (heure de Paris).',
    expect: [{ kind: 'interview', by: '2026-11-29', time: '10:00' }],
  },
  {
    ...YQB,
    text: "L'entrevue virtuelle aura lieu le mercredi 2 décembre à 15 h 00 (HNE).",
    expect: [{ kind: 'interview', by: '2026-12-02', time: '15:00' }],
  },
  {
    ...PAR,
    text: 'Le forfait mobilité durable est versé dès le premier mois ; la mutuelle prend effet le 1er du mois suivant votre arrivée.',
    expect: [],
  },
  {
    ...PAR,
    text: "Pour valider votre inscription à la journée d'évaluation, remplissez le formulaire au plus tard le 16 novembre à midi.",
    expect: [],
  },
  {
    ...PAR,
    text: 'N° de candidature | Poste | Date de candidature | Statut\n2026-118734 | Comptable fournisseurs | 2026-11-02 | En cours',
    expect: [],
  },
  {
    ...PAR,
    text: "Bonjour Théo, malheureusement nous devons annuler notre rendez-vous de demain, le poste étant suspendu. Bien à vous, Claire\n\n-----Message d'origine-----\nDe : Claire Rousseau\nEnvoyé : vendredi 6 novembre 2026 11:02\nObjet : Entretien chez Decathlon\nJe vous confirme notre entretien le mercredi 11 novembre à 9h30.",
    expect: [],
  },
  {
    ...PAR,
    text: "Merci pour ta venue lundi ! L'équipe a été très enthousiaste, on finalise les derniers entretiens et je te fais un retour d'ici vendredi.",
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...LYS,
    text: "Est-ce que lundi 30 novembre, 2:30 PM (heure de New York), vous conviendrait pour l'entretien avec notre directrice à Boston ?",
    expect: [{ kind: 'interview', by: '2026-11-30', time: '20:30' }],
  },
  {
    ...PAR,
    text: 'Le recruteur est en déplacement jusqu’au vendredi 20 novembre inclus ; toute relance avant cette date restera sans réponse.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-20' }],
  },
  {
    ...ALG,
    text: 'Le recrutement est gelé jusqu’au 1er janvier ; nous conservons néanmoins votre dossier.',
    expect: [],
  },
  {
    ...PAR,
    text: "Ni les appels ni les visites spontanées à l'accueil ne seront pris en compte.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR,
    text: "Votre période d'intégration commencera le lundi 4 janvier par une journée d'accueil à 9h.",
    expect: [],
  },
  {
    ...PAR,
    text: "Nos locaux sont accessibles en métro (ligne 14, arrêt Pont Cardinet) ; l'accueil est ouvert de 8h30 à 18h30.",
    expect: [],
  },
  { ...LYS, text: 'Nous reviendrons vers toi une fois que le client aura fait son choix.', expect: [] },
  {
    ...PAR,
    text: "Le webinaire de présentation de l'entreprise est rediffusé chaque mardi à 12h30.",
    expect: [],
  },
];
