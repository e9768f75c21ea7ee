// The ribbon's function names: the manifest's <FunctionName> values, registered by commands.ts with
// Office.actions.associate. The manifest test (test/manifest) and `npm run validate` compare the two sets.
export const COMMAND_NAMES = ['draftFollowUp', 'proposeReminder', 'insertFollowUp'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];
