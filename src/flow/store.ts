// The one place the flow's state lives. Steps send events; the shell renders whatever step holds.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialFlowState, transition, type FlowEvent, type FlowState } from './state.js';
import type { Answers } from './answers.js';

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

/**
 * One form's answers, for the screen that asks them: it reads, sets and clears only the keys of
 * its own slice (`empty` names them), so a screen can neither read nor clear another form's
 * fields. The host re-renders when the flow moves.
 */
export class AnswersController<Slice extends Partial<Answers>> implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  private readonly keys: readonly (keyof Slice & keyof Answers)[];
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly empty: Slice,
  ) {
    this.keys = Object.keys(empty) as (keyof Slice & keyof Answers)[];
    host.addController(this);
  }
  get value(): Slice {
    const answers = state.answers;
    return Object.fromEntries(this.keys.map((key) => [key, answers[key]])) as unknown as Slice;
  }
  /** Keeps what was typed; a key outside the slice is ignored. */
  set(patch: Partial<Slice>): void {
    const own = Object.fromEntries(Object.entries(patch).filter(([key]) => (this.keys as readonly string[]).includes(key)));
    if (Object.keys(own).length > 0) dispatch({ type: 'answers', answers: own as Partial<Answers> });
  }
  /** Back to the empty form, this slice only (an application once sent). */
  clear(): void {
    dispatch({ type: 'answers', answers: this.empty as Partial<Answers> });
  }
  hostConnected(): void {
    this.unsubscribe = onFlowChange(() => this.host.requestUpdate());
  }
  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
