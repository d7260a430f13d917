import { expect } from '@open-wc/testing';
import { clearDraft, DRAFT_MAX_AGE_MS, DRAFT_VERSION, loadDraft, migrate, saveDraft } from '../../src/offline/drafts.js';
import { emptyAnswers, initialFlowState } from '../../src/flow/state.js';

describe('drafts', () => {
  afterEach(() => clearDraft());

  it('keeps a version 1 draft, with the answers added since at their defaults', () => {
    const old = { version: 1, savedAt: 1000, screen: 'card', actor: 'self', answers: { name: '张伟', idNumber: '11010519491231002X', phone: '13912345678', cardNumber: 'B1' } };
    expect(migrate(old)).to.deep.equal({
      version: DRAFT_VERSION,
      savedAt: 1000,
      screen: 'card',
      actor: 'self',
      answers: { ...emptyAnswers, name: '张伟', idNumber: '11010519491231002X', phone: '13912345678', cardNumber: 'B1' },
    });
  });

  it('drops what it cannot read: an unknown version, no answers, a screen that is not a step', () => {
    expect(migrate({ version: 99, savedAt: 1, answers: {} })).to.equal(null);
    expect(migrate({ version: DRAFT_VERSION, savedAt: 1 })).to.equal(null);
    expect(migrate('nonsense')).to.equal(null);
    expect(migrate({ version: DRAFT_VERSION, savedAt: 1, screen: 'done', actor: 'x', answers: { name: 3 } })).to.deep.equal({
      version: DRAFT_VERSION,
      savedAt: 1,
      screen: 'entry',
      actor: null,
      answers: emptyAnswers,
    });
    // Someone reporting a lost card keeps that purpose: a reload takes them back to the report.
    expect(migrate({ version: DRAFT_VERSION, savedAt: 1, screen: 'identity', actor: 'lost-card', answers: {} })?.actor).to.equal('lost-card');
  });

  it('round-trips through IndexedDB, and a day-old draft is deleted and reported', async () => {
    await saveDraft({ ...initialFlowState, screen: 'identity', actor: 'self', answers: { ...emptyAnswers, name: '王芳' } });
    const loaded = await loadDraft();
    expect(loaded && 'draft' in loaded && loaded.draft.answers.name).to.equal('王芳');
    expect(await loadDraft(Date.now() + DRAFT_MAX_AGE_MS + 1000)).to.deep.equal({ discarded: 'expired' });
    expect(await loadDraft()).to.equal(null);
  });
});
