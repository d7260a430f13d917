// The one place the flow's state lives. Steps send events; the shell renders whatever step holds.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialFlowState, transition, type FlowEvent, type FlowState } from './state.js';

let state: FlowState = initialFlowState;
const listeners = new Set<(state: FlowState) => void>();

export function getFlowState(): FlowState {
  return state;
}

export function dispatch(event: FlowEvent): void {
  const next = transition(state, event);
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener(state);
}

/** Calls `listener` after every change of state; returns the function that stops it. */
export function onFlowChange(listener: (state: FlowState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test seam: start again from a known state. */
export function resetFlow(to: FlowState = initialFlowState): void {
  state = to;
  for (const listener of listeners) listener(state);
}

/** Re-renders a Lit element whenever the flow moves. */
export class FlowController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  get state(): FlowState {
    return state;
  }
  hostConnected(): void {
    this.unsubscribe = onFlowChange(() => this.host.requestUpdate());
  }
  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
