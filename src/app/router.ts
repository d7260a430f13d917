// Each screen has its own address, so the browser's Back button, reload and bookmarks behave as
// people expect. The flow state stays the one source of truth: the address follows it, and Back
// asks it to change step (it refuses steps not yet reached, and then the address is put back).
import { dispatch, getFlowState, onFlowChange } from '../flow/store.js';
import { isStep, type Screen } from '../flow/state.js';

const PATHS: Record<Screen, string> = {
  entry: '/',
  identity: '/identity',
  card: '/card',
  bank: '/bank',
  agreement: '/agreement',
  services: '/services',
  done: '/my-card',
  frozen: '/review',
};

export function screenFromPath(path: string): Screen | undefined {
  return (Object.keys(PATHS) as Screen[]).find((screen) => PATHS[screen] === path);
}

function urlFor(screen: Screen): string {
  return `${PATHS[screen]}${location.search}${location.hash}`;
}

export function startRouter(): void {
  history.replaceState({ screen: getFlowState().screen }, '', urlFor(getFlowState().screen));
  let shown = getFlowState().screen;
  onFlowChange((state) => {
    if (state.screen === shown) return;
    shown = state.screen;
    if (location.pathname !== PATHS[state.screen]) history.pushState({ screen: state.screen }, '', urlFor(state.screen));
  });
  window.addEventListener('popstate', () => {
    const wanted = screenFromPath(location.pathname);
    if (wanted && wanted !== shown && isStep(wanted)) dispatch({ type: 'change', step: wanted });
    // Refused (not reached yet, or already bound): the address shows where the person really is.
    if (getFlowState().screen !== wanted) history.replaceState({ screen: shown }, '', urlFor(shown));
  });
}
