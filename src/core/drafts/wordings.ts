// The words of each draft kind, several wordings per kind (issue 4): professional and concise, thanking,
// restating interest and asking about the status, nothing more (ADVICE.md "Drafts"). Each wording is a pure
// function of the filled slots; a slot that is unknown is left out of the sentence, never bracketed.
import type { DraftKind } from '../types';

/** The pieces a wording is written from, already phrased ("the Data Analyst position", "on Tuesday, 10 November"). */
export interface Slots {
  /** "Hi Ada," or "Hello," */
  readonly greeting: string;
  /** "Dear Ada," or "Dear Hiring Team," (handwritten) */
  readonly dear: string;
  readonly first: string | null;
  /** "the Data Analyst position" or "the position" */
  readonly role: string;
  /** " at Contoso" or "" */
  readonly atCompany: string;
  /** "Contoso" or "your team" */
  readonly company: string;
  /** " on Tuesday, 10 November" or "" */
  readonly when: string;
  /** "Grace Hopper" or null */
  readonly me: string | null;
}

/** A wording's output: paragraphs, greeting first and sign-off last. */
export type Wording = (s: Slots) => readonly string[];

function signOff(closing: string, me: string | null): string {
  return me === null ? closing : `${closing}\n${me}`;
}

const THANK_YOU: readonly Wording[] = [
  (s) => [
    s.greeting,
    `Thank you for taking the time to speak with me${s.when} about ${s.role}${s.atCompany}. I enjoyed learning more about the team and the work ahead.`,
    'Our conversation confirmed my interest in the role, and I am confident my experience would let me contribute from the start.',
    'Please let me know if there is anything else I can provide. I look forward to hearing about the next steps.',
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Thank you for meeting with me${s.when}. I appreciated the chance to discuss ${s.role} and to hear how the team works.`,
    `I came away even more interested in joining ${s.company}, and I would be glad to provide anything else that helps your decision.`,
    'Thank you again for your time and consideration.',
    signOff('Kind regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Many thanks for our conversation${s.when}. It was a pleasure to learn more about ${s.role}${s.atCompany}.`,
    'I am excited about the opportunity and remain very interested in the role. Please do not hesitate to contact me if you need any further information.',
    signOff('With best wishes,', s.me),
  ],
];

/** Added to a thank-you sent after the employer's own window has passed (issue 10): it asks about next steps. */
export const NEXT_STEPS_LINE =
  'I understand a decision was expected around now; I would be grateful for any update on the next steps.';

const FOLLOW_UP: readonly Wording[] = [
  (s) => [
    s.greeting,
    `I hope you are well. I am writing to follow up on my interview${s.when} for ${s.role}${s.atCompany}.`,
    'I remain very interested in the role and would appreciate any update you can share on the timeline for a decision.',
    'Thank you again for your time.',
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Thank you again for the opportunity to interview for ${s.role}${s.when}. I enjoyed our conversation and am still very enthusiastic about joining ${s.company}.`,
    'Could you let me know whether there is any news on the status of my application?',
    signOff('Kind regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `I wanted to follow up on our conversation${s.when} about ${s.role}. I continue to be very interested in the opportunity.`,
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
    `If a suitable role opens at ${s.company} in the future, I would be glad to hear from you.`,
    signOff('Kind regards,', s.me),
  ],
];

const REJECTION_REPLY: readonly Wording[] = [
  (s) => [
    s.greeting,
    `Thank you for letting me know, and for the time you and the team spent with me during the process for ${s.role}.`,
    `While I am disappointed, I enjoyed learning about ${s.company} and would welcome the chance to be considered for future openings. I wish you and the team all the best.`,
    signOff('Best regards,', s.me),
  ],
  (s) => [
    s.greeting,
    `Thank you for the update and for considering me for ${s.role}${s.atCompany}. I appreciated our conversations and learned a great deal about the team.`,
    'I would be glad to stay in touch and hope our paths cross again.',
    signOff('Kind regards,', s.me),
  ],
];

const PHONE_SCRIPT: readonly Wording[] = [
  (s) => [
    `Hello${s.first === null ? '' : ` ${s.first}`}, ${s.me === null ? 'I am' : `this is ${s.me}; I am`} calling about my interview for ${s.role}${s.when}.`,
    'Thank you again for your time. I would like to ask whether there is any update on the timeline for a decision.',
    'I remain very interested in the role. Thank you.',
  ],
  (s) => [
    `Hi${s.first === null ? '' : ` ${s.first}`}, ${s.me === null ? 'we' : `this is ${s.me}; we`} spoke${s.when} about ${s.role}.`,
    'I enjoyed our conversation and wanted to ask where things stand with the next steps.',
    'Thank you, I appreciate your time.',
  ],
];

// LinkedIn connection notes are capped at 300 characters: the renderer tries these richest first.
const LINKEDIN: readonly Wording[] = [
  (s) => [
    `Hi${s.first === null ? '' : ` ${s.first}`}, thank you again for our conversation${s.when} about ${s.role}. I enjoyed it and remain very interested. I would welcome any update on the next steps.${s.me === null ? '' : ` Best, ${s.me}`}`,
  ],
  (s) => [
    `Hello${s.first === null ? '' : ` ${s.first}`}, it was a pleasure to speak with you about ${s.role}${s.atCompany}. I am still very interested and would be glad to hear about the next steps.${s.me === null ? '' : ` Kind regards, ${s.me}`}`,
  ],
];

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
  'phone-script': PHONE_SCRIPT,
  linkedin: LINKEDIN,
  handwritten: HANDWRITTEN,
};
