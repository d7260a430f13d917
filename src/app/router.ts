// Each screen has its own address, so the browser's Back button, reload and bookmarks behave as
// people expect. The flow state stays the one source of truth: the address follows it, and Back
// asks it to change step (it refuses steps not yet reached, and then the address is put back).
// The manual is a page of its own (/manual#section) that opens over the flow and keeps it.
import { dispatch, getFlowState, onFlowChange } from '../flow/store.js';
import { isCardScreen, isStep, SCREEN_PATHS as PATHS, type Screen } from '../flow/state.js';
export const MANUAL_PATH = '/manual';

let manualOpen = false;
const routeListeners = new Set<() => void>();

export function screenFromPath(path: string): Screen | undefined {
  if (path.startsWith(`${PATHS.consent}/`)) return 'consent';
  return (Object.keys(PATHS) as Screen[]).find((screen) => PATHS[screen] === path);
}

function urlFor(screen: Screen): string {
  // A consent link keeps its token in the address while it is being answered.
  const path = screen === 'consent' && screenFromPath(location.pathname) === 'consent' ? location.pathname : PATHS[screen];
  return `${path}${location.search}`;
}

export function isManualOpen(): boolean {
  return manualOpen;
}

/** Re-renders (the shell) when the manual opens or closes. */
export function onRouteChange(listener: () => void): () => void {
  routeListeners.add(listener);
  return () => routeListeners.delete(listener);
}

function setManualOpen(open: boolean): void {
  if (manualOpen === open) return;
  manualOpen = open;
  for (const listener of routeListeners) listener();
}

/** Opens the manual at a section ("help with this step"), without leaving the flow. */
export function openManual(section = ''): void {
  history.pushState({ manual: true }, '', `${MANUAL_PATH}${location.search}${section ? `#${section}` : ''}`);
  setManualOpen(true);
}

/** Back to the step the person was on. */
export function closeManual(): void {
  if ((history.state as { manual?: boolean } | null)?.manual && history.length > 1) history.back();
  else {
    history.pushState({ screen: getFlowState().screen }, '', urlFor(getFlowState().screen));
    setManualOpen(false);
  }
}

export function startRouter(): void {
  let shown = getFlowState().screen;
  if (location.pathname === MANUAL_PATH) manualOpen = true;
  else {
    // A reload on the same screen keeps what its entry held (which question of a form it was on).
    const kept = screenFromPath(location.pathname) === shown ? ((history.state as object | null) ?? {}) : {};
    history.replaceState({ ...kept, screen: shown }, '', urlFor(shown));
  }
  onFlowChange((state) => {
    if (state.screen === shown) return;
    shown = state.screen;
    if (screenFromPath(location.pathname) !== state.screen) history.pushState({ screen: state.screen }, '', urlFor(state.screen));
  });
  window.addEventListener('popstate', () => {
    if (location.pathname === MANUAL_PATH) {
      setManualOpen(true);
      return;
    }
    setManualOpen(false);
    const wanted = screenFromPath(location.pathname);
    if (wanted && wanted !== shown && isStep(wanted)) dispatch({ type: 'change', step: wanted });
    else if (wanted && wanted !== shown && (wanted === 'done' || isCardScreen(wanted))) dispatch({ type: 'open', screen: wanted });
    // Refused (not reached yet, or already bound): the address shows where the person really is.
    if (getFlowState().screen !== wanted) history.replaceState({ screen: shown }, '', urlFor(shown));
  });
}
