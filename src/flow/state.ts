// The binding as data: which step, who acts. Transitions are plain functions of
// (state, event) → state, so tests call them without a browser and steps never decide routing.
export const STEPS = ['entry', 'identity', 'card', 'bank', 'agreement', 'services'] as const;
export type StepId = (typeof STEPS)[number];

/** Who is binding: the cardholder themself, or a relative on their behalf. */
export type Actor = 'self' | 'relative';

export interface FlowState {
  readonly step: StepId;
  readonly actor: Actor | null;
}

export type FlowEvent = { type: 'start'; actor: Actor } | { type: 'back' };

export const initialFlowState: FlowState = { step: 'entry', actor: null };

export const TOTAL_STEPS = STEPS.length;

export function stepNumber(step: StepId): number {
  return STEPS.indexOf(step) + 1;
}

export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'start':
      return state.step === 'entry' ? { ...state, actor: event.actor, step: 'identity' } : state;
    case 'back': {
      const index = STEPS.indexOf(state.step);
      return index > 0 ? { ...state, step: STEPS[index - 1]! } : state;
    }
  }
}
