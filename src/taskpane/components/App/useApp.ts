// The pane's state machine: read the item, load its overrides, analyze, and act. Every path ends in a state
// or a notice the user can read (ARCHITECTURE.md "Errors at the host boundary are values").
import { useCallback, useEffect, useRef, useState } from 'react';
import { reminderAhead } from '../../../core/drafts';
import type { AnalyzeOptions, Overrides, PersonalWords, ReminderProposal } from '../../../core/types';
import { inWords } from '../../../office/problems';
import type { InsertOutcome, ItemContext, OfficeProblem, OutgoingDraft } from '../../../office/types';
import { reminderIcs } from '../../lib/drafts';
import { mark } from '../../lib/marks';
import { TIMED_OUT, withinTime } from '../../lib/withinTime';
import { holdUntil } from '../../lib/format';
import { dateInZone } from '../../lib/zonedTime';
import { useServices, type TaskpaneServices } from '../../services';
import type { AppState, AppViewModel, Notice, Problem } from './App.types';

const problemTitles: Record<OfficeProblem['kind'], string> = {
  'not-in-office': 'Outlook is not available',
  'no-item': 'No message selected',
  unsupported: 'Not supported in this Outlook',
  'call-failed': 'Outlook could not do that',
  'too-large': 'Too large for Outlook',
  'storage-full': 'Settings storage is full',
};

const insertMessages: Record<InsertOutcome, string> = {
  'reply-form': 'A reply with your draft is open: review it and press Send.',
  'new-message-form': 'A new message to the employer is open with your draft: review it and press Send.',
  'inserted-at-cursor': 'Your draft is in the message at the cursor.',
};

/** The same, while the advice is to wait: no "press Send", and when to send instead (holdUntil). */
const heldMessages: Record<InsertOutcome, string> = {
  'reply-form': 'A reply with your draft is open.',
  'new-message-form': 'A new message to the employer is open with your draft.',
  'inserted-at-cursor': 'Your draft is in the message at the cursor.',
};

/** The way forward after a failed read, by kind; the other kinds' messages already say what to do. */
const readForward: Partial<Record<OfficeProblem['kind'], string>> = {
  'call-failed': 'Try again; if it keeps failing, close the pane and open it again.',
};

function asProblem(p: OfficeProblem): Problem {
  const { words, details } = inWords(p);
  const forward = readForward[p.kind];
  return {
    title: problemTitles[p.kind],
    message: forward ? `${words} ${forward}` : words,
    ...(details ? { details } : {}),
  };
}

/** A failed action's notice: the words, the way forward, and the code apart in the details line. */
function failed(p: OfficeProblem, forward: string): Pick<Notice, 'message' | 'details'> {
  const { words, details } = inWords(p);
  return { message: `${words} ${forward}`, ...(details ? { details } : {}) };
}

/** How long "Make it yours" waits after the last keystroke before the drafts are written again. */
const PERSONAL_DELAY_MS = 250;

function cleanPersonal(personal: PersonalWords): PersonalWords {
  const topic = personal.topic?.trim() ?? '';
  const answer = personal.answer?.trim() ?? '';
  return { ...(topic ? { topic } : {}), ...(answer ? { answer } : {}) };
}

/** An answer that never came: what happened, and the way forward (Retry reads the item again). */
function silent(title: string, ms: number): Problem {
  return {
    title,
    message: `No answer came in ${Math.round(ms / 1000)} seconds. Try again; if it keeps happening, select the message once more or close the pane and open it again.`,
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function analyzeItem(
  services: TaskpaneServices,
  item: ItemContext,
  overrides: Overrides,
  personal: PersonalWords = {},
) {
  const now = services.host.now();
  const clean = cleanPersonal(personal);
  const options: AnalyzeOptions = {
    now,
    tz: item.tz,
    overrides,
    ...(Object.keys(clean).length > 0 ? { personal: clean } : {}),
    ...(item.me !== null && item.me !== '' ? { me: item.me } : {}),
    ...(item.myName !== null && item.myName !== '' ? { myName: item.myName } : {}),
  };
  const analysis = await services.analyze(item.input, options);
  const today = dateInZone(now, analysis.tz) ?? now.slice(0, 10);
  return { analysis, now, today };
}

function icsOffer(reminder: ReminderProposal): Notice['offer'] {
  const ics = reminderIcs(reminder);
  // A data: URL rather than a blob: URL: nothing to revoke, and it never leaves the device.
  return {
    kind: 'ics',
    href: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`,
    filename: 'follow-up-reminder.ics',
  };
}

function withOffer(notice: Omit<Notice, 'offer'>, offer: Notice['offer']): Notice {
  return offer ? { ...notice, offer } : notice;
}

export function useApp(): AppViewModel {
  const services = useServices();
  const { host } = services;
  // Read through a ref so that loading depends on the host alone: a re-render above the pane (a theme change)
  // must never re-read the item, which would throw away the user's draft edits (issue 5).
  const servicesRef = useRef(services);
  servicesRef.current = services;
  const [state, setState] = useState<AppState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  // Each load gets a number; an answer (a load, a save, an action's result) that arrives after the user has
  // moved to another item is dropped, so nothing from the previous item lands on the new one.
  const generation = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  const load = useCallback(async () => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    setState({ status: 'loading' });
    setNotice(null);
    try {
      const limit = servicesRef.current.waitLimitMs;
      const read = await withinTime(host.readItem(), limit);
      if (!current()) return;
      if (read === TIMED_OUT) {
        setState({ status: 'problem', problem: silent('Outlook did not hand over the message', limit) });
        return;
      }
      mark('item-read');
      if (!read.ok) {
        setState({ status: 'problem', problem: asProblem(read.error) });
        return;
      }
      const item = read.value;
      const key = item.conversationId ?? item.itemId;
      let overrides: Overrides = {};
      if (key !== null) {
        const loaded = await host.loadOverrides(key);
        if (!current()) return;
        if (loaded.ok) overrides = loaded.value;
        else
          setNotice({
            intent: 'warning',
            title: 'Your saved settings could not be read',
            ...failed(loaded.error, 'The advice below uses what the thread says.'),
          });
      }
      const analysed = await withinTime(analyzeItem(servicesRef.current, item, overrides), limit);
      if (!current()) return;
      if (analysed === TIMED_OUT) {
        setState({ status: 'problem', problem: silent('This thread is taking too long to analyse', limit) });
        return;
      }
      const { analysis, now, today } = analysed;
      mark('analysed');
      setState({ status: 'ready', item, key, overrides, analysis, now, today, personal: {} });
    } catch (e) {
      if (!current()) return;
      setState({
        status: 'problem',
        problem: {
          title: 'This thread could not be analysed',
          message: `${errorText(e)}. Try again, or select another message.`,
        },
      });
    }
  }, [host]);

  useEffect(() => {
    void load();
    // Pinned pane: follow the selection (OUTLOOK-NOTES.md §6 item 6).
    const unsubscribe = host.onItemChanged(() => void load());
    return () => {
      generation.current++;
      unsubscribe();
    };
  }, [host, load]);

  const retry = useCallback(() => void load(), [load]);

  const saveOverrides = useCallback(
    async (next: Overrides, what: string) => {
      const s = stateRef.current;
      if (s.status !== 'ready') return;
      const mine = generation.current;
      // Saves do not overlap (busy disables every control that saves); loads can, so only they are counted.
      const current = () => mine === generation.current;
      setBusy(true);
      try {
        const saved = s.key === null ? null : await host.saveOverrides(s.key, next);
        const { analysis, now, today } = await analyzeItem(servicesRef.current, s.item, next, s.personal);
        if (!current()) return;
        setState((latest) =>
          latest.status === 'ready' ? { ...latest, overrides: next, analysis, now, today } : latest,
        );
        if (saved === null)
          setNotice({
            intent: 'warning',
            title: what,
            message: 'This message has no conversation id, so the change lasts until you close the pane.',
          });
        else if (saved.ok)
          setNotice({ intent: 'success', title: what, message: 'Saved. The advice below is updated.' });
        else
          setNotice({
            intent: 'warning',
            title: 'Not saved',
            ...failed(saved.error, 'The change applies until you close the pane.'),
          });
      } catch (e) {
        if (!current()) return;
        setNotice({
          intent: 'error',
          title: 'The advice could not be updated',
          message: `${errorText(e)}. Try again.`,
        });
      } finally {
        setBusy(false);
      }
    },
    [host],
  );

  const insert = useCallback(
    async (draft: OutgoingDraft) => {
      const s = stateRef.current;
      if (s.status !== 'ready') return;
      const mine = generation.current;
      setBusy(true);
      try {
        const r = await host.insertDraft(draft, s.analysis);
        // Outlook has done it (or not) for the item the user has since left: nothing to say on the new one.
        if (mine !== generation.current) return;
        if (r.ok) {
          const hold = holdUntil(s.analysis.recommendation);
          setNotice({
            intent: 'success',
            title: 'Draft opened',
            message: hold === null ? insertMessages[r.value] : `${heldMessages[r.value]} ${hold}`,
          });
        } else
          setNotice({
            intent: 'error',
            title: 'The draft could not be opened',
            ...failed(r.error, 'You can copy the draft and paste it into a reply.'),
            offer: { kind: 'copy', text: draft.text },
          });
      } catch (e) {
        if (mine !== generation.current) return;
        // The host promises a Result; a throw is a bug there, still shown as a failure with the same way out.
        setNotice({
          intent: 'error',
          title: 'The draft could not be opened',
          message: `${errorText(e)}. You can copy the draft and paste it into a reply.`,
          offer: { kind: 'copy', text: draft.text },
        });
      } finally {
        setBusy(false);
      }
    },
    [host],
  );

  const copy = useCallback(async (text: string) => {
    const mine = generation.current;
    const ok = await servicesRef.current.copyText(text).catch(() => false);
    if (mine !== generation.current) return;
    setNotice(
      ok
        ? {
            intent: 'success',
            title: 'Copied',
            message: 'The draft is on the clipboard: paste it into your message.',
          }
        : {
            intent: 'error',
            title: 'Could not copy',
            message: 'Select the text in the Draft box and press Ctrl+C (Cmd+C on a Mac).',
          },
    );
  }, []);

  const remind = useCallback(
    async (shown: ReminderProposal) => {
      const s = stateRef.current;
      if (s.status !== 'ready') return;
      const mine = generation.current;
      // The pane may have stayed open past the time it shows: check against the clock again at the click.
      const reminder = reminderAhead(shown, host.now(), s.analysis.tz).reminder;
      setBusy(true);
      try {
        const r = await host.openReminder(reminder);
        // An appointment form or an .ics for the item the user has since left would be offered on the new one.
        if (mine !== generation.current) return;
        if (r.ok && r.value === 'appointment-form')
          setNotice({
            intent: 'success',
            title: 'Reminder opened',
            message: 'Save the appointment to be reminded.',
          });
        else if (r.ok)
          setNotice(
            withOffer(
              {
                intent: 'info',
                title: 'Add the reminder to your calendar',
                message: 'Download the reminder and open it with your calendar.',
              },
              icsOffer(reminder),
            ),
          );
        else
          setNotice(
            withOffer(
              {
                intent: r.error.kind === 'unsupported' ? 'info' : 'error',
                title:
                  r.error.kind === 'unsupported'
                    ? 'This Outlook cannot open a calendar form'
                    : 'The reminder could not be opened',
                ...failed(r.error, 'Download the reminder and open it with your calendar instead.'),
              },
              icsOffer(reminder),
            ),
          );
      } catch (e) {
        if (mine !== generation.current) return;
        setNotice(
          withOffer(
            {
              intent: 'error',
              title: 'The reminder could not be opened',
              message: `${errorText(e)}. Download the reminder instead.`,
            },
            icsOffer(reminder),
          ),
        );
      } finally {
        setBusy(false);
      }
    },
    [host],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);

  // "Make it yours": the words are kept at once (the inputs stay controlled), the drafts follow a moment
  // after the last keystroke, from the core (analyze's `personal`), so the pane never writes draft text itself.
  const personalTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (personalTimer.current !== null) clearTimeout(personalTimer.current);
    },
    [],
  );
  const setPersonal = useCallback((personal: PersonalWords) => {
    setState((s) => (s.status === 'ready' ? { ...s, personal } : s));
    if (personalTimer.current !== null) clearTimeout(personalTimer.current);
    const mine = generation.current;
    personalTimer.current = setTimeout(() => {
      const s = stateRef.current;
      if (s.status !== 'ready' || mine !== generation.current) return;
      void analyzeItem(servicesRef.current, s.item, s.overrides, personal)
        .then(({ analysis }) => {
          if (mine !== generation.current) return;
          setState((latest) => (latest.status === 'ready' ? { ...latest, analysis } : latest));
        })
        .catch(() => undefined);
    }, PERSONAL_DELAY_MS);
  }, []);

  return {
    state,
    notice,
    busy,
    actions: { retry, saveOverrides, insert, copy, remind, dismissNotice, setPersonal },
  };
}
