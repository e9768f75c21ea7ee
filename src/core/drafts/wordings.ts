// The words of each draft kind, several wordings per kind (issues 4 and 11): professional and concise, thanking,
// restating interest and asking about the status, nothing more (ADVICE.md "Drafts"). No stock self-promotion
// ("I am confident my experience would let me contribute"), no line that says nothing. Each wording is a pure
// function of the filled slots; a slot that is unknown is left out of the sentence, never bracketed.
import type { DraftKind } from '../types';

/** The pieces a wording is written from, already phrased ("the Data Analyst position", "on Tuesday, 10 November"). */
export interface Slots {
  /** "Hi Ada,", "Dear Dr. Obi," or "Hello," */
  readonly greeting: string;
  /** "Dear Ada," or "Dear Hiring Team," (handwritten) */
  readonly dear: string;
  /** How the addressee is named inline ("Ada", "Dr. Obi"), or null. */
  readonly first: string | null;
  /** "the Data Analyst position" or "the position" */
  readonly role: string;
  /** " at Contoso" or "" */
  readonly atCompany: string;
  /** "Contoso" or "your team" */
  readonly company: string;
  /** " on Tuesday, 10 November", " today" or "" */
  readonly when: string;
  /** "Grace Hopper" or null */
  readonly me: string | null;
  /** A topic from the interview (typed by the user, or from their own thank-you), or null. */
  readonly topic?: string | null;
  /** What the mail says the addressee does on the panel: "design lead", or null. */
  readonly about?: string | null;
  /** " by Friday, November 20": the day the employer said it hoped to decide, or "". */
  readonly decideBy?: string;
  /** Whether the addressee was in the interview (an agency recruiter was not). */
  readonly spoke?: boolean;
  /** Whether the addressee is a staffing agency's recruiter, who put the candidate forward to its client. */
  readonly agency?: boolean;
  /** The employer's request, quoted ("Could you send two references?"), or null. */
  readonly asked?: string | null;
  /** The request to send something, as the candidate's promise ("I will send over two references."), or null. */
  readonly promise?: string | null;
  /** The first of the times the request offers to choose from ("Tuesday 15th at 10am"), or null. */
  readonly choice?: string | null;
  /** The user's answer to that request, typed in the pane, or null. */
  readonly answer?: string | null;
  /** " on Tuesday 15 December": the interview the request asks the candidate to confirm, or null. */
  readonly confirm?: string | null;
  /** The slot confirmed is a new one the employer moved the interview to. */
  readonly moved?: boolean;
  /** "Wednesday, November 25": when the offer asks for an answer, or null. */
  readonly respondBy?: string | null;
  /** The other people met, for a thanks for arranging: "Ravi Menon and Tomas Novak", or null. */
  readonly met?: string | null;
  /** Whether the thread knows of an interview; false where the candidate was never met (a rejection on paper). */
  readonly interviewed?: boolean;
}

/** A wording's output: paragraphs, greeting first and sign-off last. */
export type Wording = (s: Slots) => readonly string[];

function signOff(closing: string, me: string | null): string {
  return me === null ? closing : `${closing}\n${me}`;
}

/** " I especially enjoyed our conversation about X." where a topic is known. */
function topicLine(s: Slots, lead: string): string {
  return s.topic ? ` ${lead} ${s.topic}.` : '';
}

/** "as the design lead" / "as Engineering Manager": what a panel member does, as a phrase. */
function asWhat(about: string): string {
  return /^\p{Ll}/u.test(about) ? `as the ${about}` : `as ${about}`;
}

/** A panel member's own sentence: what the mail says they do, or nothing. */
function panelLine(s: Slots, form: 0 | 1 | 2): string {
  if (!s.about) return '';
  if (/^who\s/u.test(s.about)) {
    const covered = s.about.replace(
      /^who\s+(?:will\s+)?(?:cover|covers|leads?|runs?|manages?|heads?)\s+/u,
      '',
    );
    return (
      [
        ` I appreciated the time we spent on ${covered}.`,
        ` Our discussion of ${covered} was especially useful.`,
        ` I enjoyed going through ${covered} with you.`,
      ][form] ?? ''
    );
  }
  return (
    [
      ` It was good to hear your perspective ${asWhat(s.about)}.`,
      ` I especially valued your perspective ${asWhat(s.about)}.`,
      ` I appreciated hearing how the team works from your side ${asWhat(s.about)}.`,
    ][form] ?? ''
  );
}

const THANK_YOU: readonly Wording[] = [
  (s) => [
    s.greeting,
    `Thank you for taking the time to speak with me${s.when} about ${s.role}${s.atCompany}.${panelLine(s, 0)}${topicLine(s, 'I especially enjoyed our conversation about')}`,
    'Our conversation confirmed my interest in the role, and I look forward to hearing about the next steps.',
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Thank you for meeting with me${s.when}. I appreciated the chance to discuss ${s.role} and to hear how the team works.${panelLine(s, 1)}${topicLine(s, 'I particularly enjoyed talking about')}`,
    `I came away even more interested in joining ${s.company}. Thank you again for your time.`,
    signOff('Kind regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Many thanks for our conversation${s.when}. It was a pleasure to learn more about ${s.role}${s.atCompany}.${panelLine(s, 2)}${s.topic ? ` Our discussion of ${s.topic} stayed with me.` : ''}`,
    'I remain very interested in the role and would be glad to hear about the next steps.',
    signOff('With best wishes,', s.me),
  ],
];

/** Added to a thank-you sent after the employer's own window has passed (issue 10): it asks about next steps. */
export const NEXT_STEPS_LINE =
  'I understand a decision was expected around now; I would be grateful for any update on the next steps.';

// The recruiter who only scheduled a panel: a short thanks for arranging it, never for an interview.
const ARRANGED: readonly Wording[] = [
  (s) => [
    s.greeting,
    `Thank you for arranging my ${s.met?.includes(' and ') === true ? 'interviews' : 'interview'}${s.when} for ${s.role}${s.atCompany}.${s.met ? ` I enjoyed meeting ${s.met}.` : ''}`,
    'I appreciated how smoothly everything was organised, and I look forward to hearing about the next steps.',
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Many thanks for setting up my ${s.met?.includes(' and ') === true ? 'conversations' : 'interview'}${s.when} for ${s.role}${s.atCompany}.${s.met ? ` It was a pleasure to meet ${s.met}.` : ''}`,
    'Thank you for your help throughout the process.',
    signOff('Kind regards,', s.me),
  ],
];

/** The opening of a follow-up: our conversation where the addressee was in it, else the interview itself. */
function interviewRef(s: Slots): string {
  return s.spoke === false
    ? `my interview${s.when} for ${s.role}${s.atCompany}`
    : `our conversation${s.when} about ${s.role}`;
}

/** "You mentioned the team hoped to decide by Friday, November 20." where the employer said so. */
function timelineLine(s: Slots, form: 0 | 1 | 2): string {
  if (!s.decideBy) return '';
  return (
    [
      ` You mentioned the team hoped to decide${s.decideBy}.`,
      ` I know the team hoped to reach a decision${s.decideBy}.`,
      ` I understand the team planned to decide${s.decideBy}.`,
    ][form] ?? ''
  );
}

const FOLLOW_UP: readonly Wording[] = [
  (s) => [
    s.greeting,
    `I hope you are well. I am writing to follow up on my interview${s.when} for ${s.role}${s.atCompany}.${timelineLine(s, 0)}`,
    `I remain very interested in the role${s.topic ? `, not least after our conversation about ${s.topic}` : ''}, and would appreciate any update you can share on the timeline for a decision.`,
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    s.spoke === false
      ? `Thank you again for ${s.agency === true ? 'putting me forward for' : 'your help with my application for'} ${s.role}${s.atCompany}. I am still very enthusiastic about the opportunity after my interview${s.when}${s.topic ? `, not least our discussion of ${s.topic}` : ''}.${timelineLine(s, 1)}`
      : `Thank you again for the opportunity to interview for ${s.role}${s.when}. I enjoyed our conversation${s.topic ? `, especially about ${s.topic},` : ''} and am still very enthusiastic about joining ${s.company}.${timelineLine(s, 1)}`,
    'Could you let me know whether there is any news on the status of my application?',
    signOff('Kind regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `I wanted to follow up on ${interviewRef(s)}.${timelineLine(s, 2)} I continue to be very interested in the opportunity${s.topic ? `, and I have kept thinking about ${s.topic}` : ''}.`,
    'If there is an update on the next steps, I would be grateful to hear it. Thank you for your time and consideration.',
    signOff('Best wishes,', s.me),
  ],
];

// Polite and shorter than the first, and worded apart from every first follow-up.
const SECOND_FOLLOW_UP: readonly Wording[] = [
  (s) => [
    s.greeting,
    `I am writing once more about ${s.role}. I am still very interested, and I would be grateful for any news on where things stand.`,
    signOff('Thank you, and best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `I understand hiring decisions take time. I remain keen on ${s.role}${s.atCompany} and would welcome a brief update when you have one.`,
    signOff('Many thanks,', s.me),
  ],
];

const CLOSE_THE_LOOP: readonly Wording[] = [
  (s) => [
    s.greeting,
    `Thank you again for considering me for ${s.role}${s.atCompany}. I understand you may have moved forward with other candidates, and I appreciate the time you and the team gave me.`,
    'I enjoyed learning about your work and would welcome the chance to be considered for future roles.',
    signOff('Best wishes,', s.me),
  ],
  (s) => [
    s.greeting,
    `I wanted to close the loop on ${s.role}. If the team has chosen another direction, I understand, and I appreciate the time you spent with me.`,
    `If a suitable role opens${s.atCompany || ' on your team'} in the future, I would be glad to hear from you.`,
    signOff('Kind regards,', s.me),
  ],
];

// A rejection before any interview (an ATS's status change, r44) thanks for the consideration only: no "time you
// spent with me", no "our conversations" that never took place.
const REJECTION_REPLY: readonly Wording[] = [
  (s) => [
    s.greeting,
    s.interviewed === false
      ? `Thank you for letting me know, and for considering my application for ${s.role}${s.atCompany}.`
      : `Thank you for letting me know, and for the time you and the team spent with me during the process for ${s.role}.`,
    `While I am disappointed, I ${s.interviewed === false ? 'remain interested in' : 'enjoyed learning about'} ${s.company} and would welcome the chance to be considered for future openings. I wish you and the team all the best.`,
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    s.interviewed === false
      ? `Thank you for the update and for taking the time to consider my application for ${s.role}${s.atCompany}.`
      : `Thank you for the update and for considering me for ${s.role}${s.atCompany}. I appreciated our conversations and learned a great deal about the team.`,
    'I would be glad to stay in touch and hope our paths cross again.',
    signOff('Kind regards,', s.me),
  ],
];

/** When the candidate will answer an offer: by the offer's own date where it gives one. */
function answerBy(s: Slots): string {
  return s.respondBy ? `by ${s.respondBy}` : 'within the next few days';
}

// ADVICE.md "Outcomes that still ask something": thanks, and when the candidate will answer.
const OFFER_ACKNOWLEDGEMENT: readonly Wording[] = [
  (s) => [
    s.greeting,
    `Thank you very much for the offer of ${s.role}${s.atCompany}. I am delighted to receive it.`,
    `I will review the details carefully and give you my answer ${answerBy(s)}.`,
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Thank you for your message and for offering me ${s.role}. I really appreciate it.`,
    `I would like to take a little time to go through the details, and I will come back to you ${answerBy(s)}.`,
    signOff('Kind regards,', s.me),
  ],
];

/** The employer's request, quoted short enough for a reply: its first 24 words. */
function quoted(asked: string): string {
  const words = asked.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length <= 24 ? words.join(' ') : `${words.slice(0, 24).join(' ')}…`;
}

/**
 * "I am glad to confirm that I will attend the interview on Tuesday 15 December." where that is all they asked
 * and the user typed no answer of their own.
 */
function confirmation(s: Slots, variant: number): string | null {
  if (s.confirm === null || s.confirm === undefined || (s.answer !== null && s.answer !== undefined))
    return null;
  // A slot the employer moved is no invitation: the reply says the new time works (r57's "mover tu entrevista … ¿Te
  // funciona?").
  if (s.moved === true)
    return `Thank you for letting me know. The new time${s.confirm.replace(/^ on /u, ', ')}, works well for me, and I look forward to meeting you.`;
  return variant === 0
    ? `Thank you for the invitation. I am glad to confirm that I will attend the interview${s.confirm}, and I look forward to meeting you.`
    : `Thank you for arranging the interview. I confirm that I will be there${s.confirm}, and I look forward to it.`;
}

// A reply to what the employer asked: quotes the request and carries the answer the user types in the pane.
const REQUEST_REPLY: readonly Wording[] = [
  (s) => {
    const yes = confirmation(s, 0);
    if (yes !== null) return [s.greeting, yes, signOff('Best regards,', s.me)];
    if (!s.answer && s.choice)
      return [
        s.greeting,
        `Thank you for the invitation; I would be glad to meet. ${s.choice} suits me well.`,
        signOff('Best regards,', s.me),
      ];
    if (!s.answer && s.promise)
      return [s.greeting, `Thank you for your message. ${s.promise}`, signOff('Best regards,', s.me)];
    return [
      s.greeting,
      s.asked ? `Thank you for your message. You asked: “${quoted(s.asked)}”` : 'Thank you for your message.',
      s.answer ?? 'I will get back to you on this shortly.',
      signOff('Best regards,', s.me),
    ];
  },
  (s) => {
    const yes = confirmation(s, 1);
    if (yes !== null) return [s.greeting, yes, signOff('Kind regards,', s.me)];
    if (!s.answer && s.choice)
      return [
        s.greeting,
        `Thanks for getting back to me. I would be happy to meet, and ${s.choice} would suit me best.`,
        signOff('Kind regards,', s.me),
      ];
    return s.answer
      ? [
          s.greeting,
          s.asked
            ? `Thanks for getting in touch. In answer to your question, “${quoted(s.asked)}”:`
            : 'Thanks for getting in touch.',
          s.answer,
          signOff('Kind regards,', s.me),
        ]
      : [
          s.greeting,
          s.promise
            ? `Thanks for getting in touch. ${s.promise}`
            : s.asked
              ? `Thanks for getting in touch. On your question, “${quoted(s.asked)}”, I will come back to you with the details shortly.`
              : 'Thanks for getting in touch. I will come back to you with the details shortly.',
          signOff('Kind regards,', s.me),
        ];
  },
];

/** "this is Grace Hopper" where the name is known; the phone script says it first. */
function introduce(s: Slots): string {
  return s.me === null ? '' : ` this is ${s.me}.`;
}

// Follow-ups only (ADVICE.md "Channel and alternatives"): thanks, the status question, interest.
const PHONE_SCRIPT: readonly Wording[] = [
  (s) => [
    `Hello${s.first === null ? '' : ` ${s.first}`},${introduce(s)} I interviewed for ${s.role}${s.atCompany}${s.when}, and I am calling to ask whether there is any update on the timeline for a decision.`,
    'Thank you again for your time. I remain very interested in the role.',
  ],
  (s) => [
    `Hi${s.first === null ? '' : ` ${s.first}`},${introduce(s)} ${s.spoke === false ? `${s.agency === true ? 'You put me forward for' : 'You helped with my application for'} ${s.role}${s.atCompany}, and I interviewed${s.when}.` : `We spoke${s.when} about ${s.role}.`}`,
    'I enjoyed the interview and wanted to ask where things stand with the next steps.',
    'Thank you, I appreciate your time.',
  ],
];

// LinkedIn connection notes are capped at 300 characters: the renderer tries these richest first.
const LINKEDIN: readonly Wording[] = [
  (s) => [
    `Hi${s.first === null ? '' : ` ${s.first}`}, thank you again for ${s.spoke === false ? `your help with ${s.role}` : `our conversation${s.when} about ${s.role}`}. I enjoyed it and remain very interested. I would welcome any update on the next steps.${s.me === null ? '' : ` Best, ${s.me}`}`,
  ],
  (s) => [
    `Hello${s.first === null ? '' : ` ${s.first}`}, it was a pleasure to ${s.spoke === false ? 'work with you on' : 'speak with you about'} ${s.role}${s.atCompany}. I am still very interested and would be glad to hear about the next steps.${s.me === null ? '' : ` Kind regards, ${s.me}`}`,
  ],
];

// Thank-you only; it arrives days later, so it names the day and never says "today".
const HANDWRITTEN: readonly Wording[] = [
  (s) => [
    s.dear,
    `Thank you for meeting with me${s.when}. I enjoyed our conversation about ${s.role} and appreciated your time and insight.`,
    'I remain very interested in joining the team and hope to hear from you soon.',
    signOff('Sincerely,', s.me),
  ],
  (s) => [
    s.dear,
    `A short note to thank you for our conversation${s.when}. Learning more about ${s.company} made me even more enthusiastic about ${s.role}.`,
    signOff('With thanks,', s.me),
  ],
];

export const WORDINGS: Readonly<Record<DraftKind, readonly Wording[]>> = {
  'thank-you': THANK_YOU,
  'follow-up': FOLLOW_UP,
  'second-follow-up': SECOND_FOLLOW_UP,
  'close-the-loop': CLOSE_THE_LOOP,
  'rejection-reply': REJECTION_REPLY,
  'offer-acknowledgement': OFFER_ACKNOWLEDGEMENT,
  'request-reply': REQUEST_REPLY,
  'phone-script': PHONE_SCRIPT,
  linkedin: LINKEDIN,
  handwritten: HANDWRITTEN,
};

/** The short thanks for the recruiter who only arranged the interviews. */
export const ARRANGED_WORDINGS: readonly Wording[] = ARRANGED;
