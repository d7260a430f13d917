import { expect } from '@open-wc/testing';
import { canVisit, emptyProgress, furthestScreen, initialFlowState, stepNumber, transition } from '../../src/flow/state.js';
import type { Progress } from '../../src/api/contract.js';

const identity = { document: 'resident_id' as const, name: '张三', idNumberMasked: '110105********002X', phoneMasked: '139****0000' };
const card = { cardNumberMasked: 'A1****678', holderName: '张三', issuer: 'beijing' as const, issuedOn: '2020-01-01' };

describe('flow state', () => {
  it('starts at the entry screen with nobody chosen and nothing confirmed', () => {
    expect(initialFlowState.screen).to.equal('entry');
    expect(initialFlowState.actor).to.equal(null);
    expect(initialFlowState.progress).to.deep.equal(emptyProgress);
    expect(stepNumber('entry')).to.equal(1);
    expect(stepNumber('services')).to.equal(6);
  });

  it('moves from entry to identity for one\'s own card, and to the request form for a relative\'s', () => {
    expect(transition(initialFlowState, { type: 'start', actor: 'self' }).screen).to.equal('identity');
    const next = transition(initialFlowState, { type: 'start', actor: 'relative' });
    expect(next.screen).to.equal('relative');
    expect(next.actor).to.equal('relative');
    // Until the request is sent, Back returns to the start, and a reload keeps the form.
    expect(transition(next, { type: 'back' }).screen).to.equal('entry');
    expect(transition(next, { type: 'resume', progress: emptyProgress }).screen).to.equal('relative');
  });

  it('reporting a lost card from the first screen: identity, then the report instead of the card step; a reload keeps the report; home goes back to the start; a bound card opens my card', () => {
    const started = transition(initialFlowState, { type: 'start', actor: 'lost-card' });
    expect([started.screen, started.actor]).to.deep.equal(['identity', 'lost-card']);
    const entered = transition(started, { type: 'identity-entered', identity });
    const verified = transition(entered, { type: 'identity-verified', method: 'sms' });
    expect(verified.screen).to.equal('lost-card');
    // The binding's own way still goes on to the card step.
    expect(transition({ ...entered, actor: 'self' }, { type: 'identity-verified', method: 'sms' }).screen).to.equal('card');
    const reloaded = transition({ ...initialFlowState, actor: 'lost-card', screen: 'entry' }, { type: 'resume', progress: verified.progress });
    expect(reloaded.screen).to.equal('lost-card');
    const home = transition(verified, { type: 'home' });
    expect([home.screen, home.actor]).to.deep.equal(['entry', null]);
    // Binding then goes on from the check already made.
    expect(transition(home, { type: 'start', actor: 'self' }).screen).to.equal('card');
    const bound = { ...verified, progress: { ...verified.progress, binding: { reference: 'BD1', boundAt: '2026-12-01T00:00:00Z', services: [], card } } };
    expect(transition(bound, { type: 'home' }).screen, 'a bound card goes back to my card instead').to.equal('lost-card');
    const myCard = transition(bound, { type: 'open', screen: 'done' });
    expect([myCard.screen, myCard.actor]).to.deep.equal(['done', 'self']);
  });

  it('"having trouble?": a help page opens from where the person is stuck, only once the service knows who they are and never for a relative; it survives a reload and goes back where it came from', () => {
    const face = transition(transition(initialFlowState, { type: 'start', actor: 'self' }), { type: 'identity-entered', identity });
    expect(transition({ ...initialFlowState, screen: 'identity' }, { type: 'get-help', screen: 'counter-visit' }).screen, 'nobody known yet').to.equal('identity');
    const relative = { ...face, progress: { ...face.progress, remote: { role: 'relative' as const, status: 'consented' as const } } };
    expect(transition(relative, { type: 'get-help', screen: 'callback' }).screen, 'a relative does not book in the cardholder\'s name').to.not.equal('callback');
    const helping = transition(face, { type: 'get-help', screen: 'counter-visit' });
    expect(helping.screen).to.equal('counter-visit');
    // From one help page to the other, Back still leads to the face check.
    const calling = transition(helping, { type: 'get-help', screen: 'callback' });
    expect(transition(calling, { type: 'leave-help' }).screen).to.equal('identity');
    expect(transition({ ...helping, screen: 'counter-visit' }, { type: 'resume', progress: face.progress }).screen, 'a reload keeps the help page').to.equal('counter-visit');
    expect(transition(helping, { type: 'resume', progress: emptyProgress }).screen, 'a session that ended: back to the start').to.equal('entry');
    const frozen = transition(face, { type: 'frozen', reviewReference: 'SH1', reason: 'not_me' });
    expect(transition(transition(frozen, { type: 'get-help', screen: 'callback' }), { type: 'leave-help' }).screen).to.equal('frozen');
  });

  it('in a relative\'s request, each side is sent to its own part and waits while the other works', () => {
    const remote = (role: 'relative' | 'cardholder', status: NonNullable<Progress['remote']>['status']): Progress => ({
      ...emptyProgress,
      identity,
      remote: { role, status },
    });
    expect(furthestScreen(remote('relative', 'pending'))).to.equal('relative');
    expect(furthestScreen(remote('relative', 'signed'))).to.equal('relative');
    expect(furthestScreen(remote('relative', 'bound'))).to.equal('done');
    const cardholder = ['consented', 'identity_verified', 'card_added', 'bank_verified', 'signed', 'bound', 'refused', 'expired'] as const;
    expect(cardholder.map((status) => furthestScreen(remote('cardholder', status)))).to.deep.equal([
      'identity',
      'waiting',
      'bank',
      'agreement',
      'waiting',
      'done',
      'waiting',
      'waiting',
    ]);
    let state = transition({ ...initialFlowState, screen: 'identity', progress: remote('cardholder', 'consented') }, { type: 'identity-verified', method: 'face' });
    expect([state.screen, state.progress.remote?.status]).to.deep.equal(['waiting', 'identity_verified']);
    state = transition({ ...state, screen: 'agreement', progress: remote('cardholder', 'bank_verified') }, { type: 'agreement-signed', version: 'v', signedAt: 't' });
    expect([state.screen, state.progress.remote?.status]).to.deep.equal(['waiting', 'signed']);
  });

  it('someone opening a consent link stays on it until they have answered', () => {
    const opened = transition(initialFlowState, { type: 'open-consent' });
    expect(opened.screen).to.equal('consent');
    expect(transition(opened, { type: 'resume', progress: emptyProgress }).screen).to.equal('consent');
    const accepted = { ...emptyProgress, identity, remote: { role: 'cardholder' as const, status: 'consented' as const } };
    expect(transition(opened, { type: 'resume', progress: accepted }).screen).to.equal('identity');
  });

  it('a pensioner who agreed to a relative\'s pension check request goes to the check, and stays there after a reload', () => {
    const opened = transition(initialFlowState, { type: 'open-consent' });
    const pensionCheck = { status: 'consented' as const, relative: { name: '李明', relationship: 'child' as const }, reference: null };
    const accepted = transition(opened, { type: 'resume', progress: { ...emptyProgress, identity, pensionCheck } });
    expect(accepted.screen).to.equal('pension-check');
    expect(transition(initialFlowState, { type: 'resume', progress: { ...emptyProgress, identity, pensionCheck: { ...pensionCheck, status: 'done', reference: 'RZ1' } } }).screen).to.equal('pension-check');
    // Nothing of "my card" opens there: the device has done only what it was asked.
    expect(transition(accepted, { type: 'open', screen: 'applications' }).screen).to.equal('pension-check');
  });

  it('walks the six steps as the service confirms each one', () => {
    let state = transition(initialFlowState, { type: 'start', actor: 'self' });
    state = transition(state, { type: 'identity-entered', identity });
    expect(state.screen).to.equal('identity');
    state = transition(state, { type: 'identity-verified', method: 'sms' });
    expect(state.screen).to.equal('card');
    state = transition(state, { type: 'card-confirmed', card });
    expect(state.screen).to.equal('bank');
    state = transition(state, { type: 'bank-verified' });
    expect(state.screen).to.equal('agreement');
    state = transition(state, { type: 'agreement-signed', version: '2026-11', signedAt: '2026-11-24T08:00:00Z' });
    expect(state.screen).to.equal('services');
    const binding = { reference: 'BD1', boundAt: '2026-11-24T08:01:00Z', services: ['medical_payment' as const], card };
    state = transition(state, { type: 'bound', binding });
    expect(state.screen).to.equal('done');
    // Once bound, no earlier step can be changed.
    expect(transition(state, { type: 'change', step: 'card' })).to.equal(state);
  });

  it('resumes after a reload or restart at the furthest confirmed screen', () => {
    const progress: Progress = { ...emptyProgress, identity, identityVerifiedBy: 'face', card };
    expect(furthestScreen(progress)).to.equal('bank');
    const resumed = transition(initialFlowState, { type: 'resume', progress });
    expect(resumed.screen).to.equal('bank');
    expect(resumed.progress).to.deep.equal(progress);
    expect(furthestScreen({ ...progress, frozen: { reviewReference: 'R1', reason: 'reported_stolen' } })).to.equal('frozen');
  });

  it('lets a change link revisit only confirmed steps, and new details clear later progress', () => {
    const progress: Progress = { ...emptyProgress, identity, identityVerifiedBy: 'face', card, bankVerified: true };
    const state = { ...initialFlowState, screen: 'agreement' as const, progress };
    expect(canVisit('card', progress)).to.equal(true);
    expect(canVisit('services', progress)).to.equal(false);
    expect(transition(state, { type: 'change', step: 'card' }).screen).to.equal('card');
    expect(transition(state, { type: 'change', step: 'services' })).to.equal(state);
    const retyped = transition(state, { type: 'identity-entered', identity });
    expect(retyped.progress.card).to.equal(null);
    expect(retyped.progress.bankVerified).to.equal(false);
  });

  it('goes back one step at a time, never before entry, and keeps answers', () => {
    let state = transition(initialFlowState, { type: 'start', actor: 'self' });
    state = transition(state, { type: 'answers', answers: { name: '张三' } });
    expect(transition(state, { type: 'back' }).screen).to.equal('entry');
    expect(transition(state, { type: 'back' }).answers.name).to.equal('张三');
    expect(transition(initialFlowState, { type: 'back' })).to.equal(initialFlowState);
  });
});
