import { expect } from '@open-wc/testing';
import { initialFlowState, stepNumber, transition } from '../../src/flow/state.js';

describe('flow state', () => {
  it('starts at the entry step with nobody chosen', () => {
    expect(initialFlowState).to.deep.equal({ step: 'entry', actor: null });
    expect(stepNumber('entry')).to.equal(1);
    expect(stepNumber('services')).to.equal(6);
  });

  it('moves from entry to identity once the person says whose card it is', () => {
    expect(transition(initialFlowState, { type: 'start', actor: 'self' })).to.deep.equal({ step: 'identity', actor: 'self' });
    expect(transition(initialFlowState, { type: 'start', actor: 'relative' })).to.deep.equal({
      step: 'identity',
      actor: 'relative',
    });
  });

  it('ignores a start from a later step and goes back one step at a time, never before entry', () => {
    const identity = transition(initialFlowState, { type: 'start', actor: 'self' });
    expect(transition(identity, { type: 'start', actor: 'relative' })).to.equal(identity);
    expect(transition(identity, { type: 'back' }).step).to.equal('entry');
    expect(transition(initialFlowState, { type: 'back' })).to.equal(initialFlowState);
  });
});
