// Drafts: what the person has typed, kept in IndexedDB so a reload, a closed tab, a lost network
// or an update brings them back to the same step with the same answers. Only the flow's Answers
// are written, and Answers never hold a password, a code, a face image or a ciphertext. A draft
// lasts 24 hours, and is deleted when the binding is done or the person clears their data.
import { openDB, type IDBPDatabase } from 'idb';
import { ACTORS, emptyAnswers, isHelpScreen, isStep, type Actor, type Answers, type FlowState, type Screen } from '../flow/state.js';
import { getFlowState, onFlowChange } from '../flow/store.js';

/** Bump when Answers change shape, and teach `migrate` the old shape. */
export const DRAFT_VERSION = 2;
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const DB_NAME = 'ssc-drafts';
const STORE = 'drafts';
const KEY = 'current';

export interface Draft {
  version: number;
  savedAt: number;
  screen: Screen;
  actor: Actor | null;
  answers: Answers;
}

export type DraftLoad = { draft: Draft } | { discarded: 'expired' | 'unreadable' } | null;

// Written when the database is opened (so created), never a secret: it lets start-up tell a first
// visit without asking IndexedDB, which costs a cheap phone 40 to 80 ms before the first screen.
const STORE_MARKER = 'ssc-drafts-store';

let db: Promise<IDBPDatabase> | undefined;
function database(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  }).then((opened) => {
    markDraftStore();
    return opened;
  });
  return db;
}

function markDraftStore(): void {
  try {
    localStorage.setItem(STORE_MARKER, '1');
  } catch {
    // Storage refused (private mode, full): start-up then asks IndexedDB instead.
  }
}

/**
 * Answered at once, before the first screen: false when this browser has surely never kept a
 * draft here. Without storage access it answers true, and start-up asks IndexedDB.
 */
export function mayHaveDraftStore(): boolean {
  try {
    return localStorage.getItem(STORE_MARKER) !== null;
  } catch {
    return true;
  }
}

/**
 * The database only if it already exists. A first visit has none, and creating one costs a
 * cheap phone a fifth of a second before the first screen: nothing to read or delete needs it.
 */
async function existingDatabase(): Promise<IDBPDatabase | null> {
  return (await hasDraftStore()) ? database() : null;
}

/** False only when this browser has never kept a draft here: a first visit. */
export async function hasDraftStore(): Promise<boolean> {
  if (db || !('databases' in indexedDB)) return true;
  const existing = await indexedDB.databases().catch(() => null);
  return existing === null || existing.some((info) => info.name === DB_NAME);
}

/**
 * Version 1 drafts (before other identity documents) had only name, ID number, phone and card
 * number: they are kept, with the new answers at their defaults. Anything else is discarded.
 */
export function migrate(raw: unknown): Draft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const draft = raw as Partial<Draft> & { answers?: Record<string, unknown> };
  if (typeof draft.savedAt !== 'number' || typeof draft.answers !== 'object' || draft.answers === null) return null;
  if (draft.version !== 1 && draft.version !== DRAFT_VERSION) return null;
  const answers = { ...emptyAnswers };
  for (const key of Object.keys(emptyAnswers) as (keyof Answers)[]) {
    const value = draft.answers[key];
    if (typeof value === 'string') (answers as Record<string, string>)[key] = value;
  }
  // A step, a relative's request form, or a help page: the screens with answers typed on them.
  const kept = (screen: Screen) => isStep(screen) || screen === 'relative' || isHelpScreen(screen);
  const screen = typeof draft.screen === 'string' && kept(draft.screen as Screen) ? (draft.screen as Screen) : 'entry';
  const actor = ACTORS.includes(draft.actor as Actor) ? (draft.actor as Actor) : null;
  return { version: DRAFT_VERSION, savedAt: draft.savedAt, screen, actor, answers };
}

export async function saveDraft(state: FlowState = getFlowState()): Promise<void> {
  const draft: Draft = { version: DRAFT_VERSION, savedAt: Date.now(), screen: state.screen, actor: state.actor, answers: state.answers };
  await (await database()).put(STORE, draft, KEY);
}

export async function loadDraft(now = Date.now()): Promise<DraftLoad> {
  const raw: unknown = await (await existingDatabase())?.get(STORE, KEY);
  if (raw === undefined) return null;
  const draft = migrate(raw);
  if (!draft) {
    await clearDraft();
    return { discarded: 'unreadable' };
  }
  if (now - draft.savedAt > DRAFT_MAX_AGE_MS) {
    await clearDraft();
    return { discarded: 'expired' };
  }
  return { draft };
}

export async function clearDraft(): Promise<void> {
  await (await existingDatabase())?.delete(STORE, KEY);
}

/** Is there anything worth keeping? An untouched start is not a draft. */
function worthKeeping(state: FlowState): boolean {
  return state.actor !== null || Object.entries(state.answers).some(([key, value]) => value !== (emptyAnswers as unknown as Record<string, string>)[key]);
}

/**
 * Saves the draft whenever the flow changes (a moment after typing stops, at once on a new step);
 * deletes it when the binding is done or the person starts again.
 */
let pendingSave: number | undefined;

/**
 * Saves at once what is waiting for the pause after typing: a deliberate move (Continue on a
 * question) is kept even if the page is reloaded straight after.
 */
export function saveDraftNow(): void {
  if (pendingSave === undefined) return;
  window.clearTimeout(pendingSave);
  pendingSave = undefined;
  void saveDraft(getFlowState());
}

export function keepDrafts(): () => void {
  let lastScreen = getFlowState().screen;
  return onFlowChange((state) => {
    window.clearTimeout(pendingSave);
    pendingSave = undefined;
    if (state.screen === 'done' || !worthKeeping(state)) {
      void clearDraft();
      lastScreen = state.screen;
      return;
    }
    const newStep = state.screen !== lastScreen;
    lastScreen = state.screen;
    if (newStep) void saveDraft(state);
    else
      pendingSave = window.setTimeout(() => {
        pendingSave = undefined;
        void saveDraft(getFlowState());
      }, 300);
  });
}
