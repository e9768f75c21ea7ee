// The one place the pane meets the core's drafts area (src/core/drafts), so a renamed export is a one-line fix.
import { checkTone, draftFacts, reminderToIcs, renderDraft, toDraft, toHtml } from '../../core/drafts';
import type { Analysis, Draft, DraftKind, ReminderProposal } from '../../core/types';

export interface ToneNote {
  readonly issue: string;
  /** Why it reads badly, the words flagged, and what to write instead. */
  readonly message: string;
}

/**
 * The draft of `kind` for this thread: the core's own (its main draft, then its alternatives) where it has
 * that kind, else rendered from the thread's facts. Null where the core cannot render one (the pane then
 * offers an empty box to write in).
 */
export function draftFor(kind: DraftKind, analysis: Analysis, myName: string | null): Draft | null {
  const own = [...(analysis.draft ? [analysis.draft] : []), ...(analysis.drafts ?? [])].find(
    (d) => d.kind === kind,
  );
  if (own) return own;
  try {
    const thread = {
      messages: analysis.messages,
      candidate: analysis.candidate,
      warnings: analysis.warnings,
    };
    const facts = draftFacts(thread, {
      interview: analysis.interview,
      tz: analysis.tz,
      ...(myName !== null && myName !== '' ? { myName } : {}),
    });
    return toDraft(renderDraft(kind, facts));
  } catch {
    // The core promises not to throw; if it does, an empty box the user can write in is still a way forward.
    return null;
  }
}

/** Tone findings for the text as the user edits it (ADVICE.md "Drafts": the tone check). */
export function toneNotes(text: string, kind?: DraftKind): readonly ToneNote[] {
  return checkTone(text, kind).map((f) => ({
    issue: f.issue,
    message: `“${f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text}”: ${f.reason} ${f.suggestion}`,
  }));
}

/** The edited text as the HTML body Outlook receives, escaped by the core's one HTML writer. */
export function textToHtml(text: string): string {
  return toHtml(text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.replace(/\r\n/g, '\n')));
}

/** The reminder as an iCalendar file, for hosts that cannot open an appointment form. */
export function reminderIcs(reminder: ReminderProposal): string {
  return reminderToIcs(reminder);
}
