import { expect } from '@open-wc/testing';
import { emptyAnswers } from './answers.js';
import { AnswersController, getFlowState, resetFlow } from './store.js';
import { initialFlowState } from './state.js';
import { emptyCardAnswers, emptyIdentityAnswers } from '../features/binding/answers.js';
import { emptyRequestAnswers } from '../features/family/answers.js';
import { emptyAskPensionAnswers, emptyTransferAnswers, emptyTreatmentAnswers } from '../features/applications/answers.js';
import { emptyReplacementAnswers } from '../features/lost-card/answers.js';
import { emptyHelpAnswers } from '../features/help/answers.js';

const SLICES = { emptyIdentityAnswers, emptyCardAnswers, emptyRequestAnswers, emptyTreatmentAnswers, emptyTransferAnswers, emptyAskPensionAnswers, emptyReplacementAnswers, emptyHelpAnswers };

/** The least a controller needs of a host: it is never rendered here. */
const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

describe('answers: one draft, a slice per form', () => {
  afterEach(() => resetFlow(initialFlowState));

  it('the draft is the slices put together, and no answer belongs to two forms', () => {
    const keys = Object.values(SLICES).flatMap((slice) => Object.keys(slice));
    expect(new Set(keys).size, 'a key in two slices: one would silently override the other').to.equal(keys.length);
    expect([...keys].sort()).to.deep.equal(Object.keys(emptyAnswers).sort());
  });

  it("a screen reads only its own form's answers", () => {
    const treatment = new AnswersController(host, emptyTreatmentAnswers);
    expect(Object.keys(treatment.value).sort()).to.deep.equal(Object.keys(emptyTreatmentAnswers).sort());
  });

  it('sending one application clears its answers only: the other application, the identity and a family request stay as typed', () => {
    const identity = new AnswersController(host, emptyIdentityAnswers);
    const request = new AnswersController(host, emptyRequestAnswers);
    const treatment = new AnswersController(host, emptyTreatmentAnswers);
    const transfer = new AnswersController(host, emptyTransferAnswers);
    identity.set({ name: '王秀英' });
    request.set({ holderLocale: 'ug' });
    treatment.set({ treatmentCity: '440300', treatmentStart: '2027-01-05' });
    transfer.set({ transferFrom: '110000' });
    treatment.clear();
    expect(treatment.value).to.deep.equal(emptyTreatmentAnswers);
    expect(transfer.value.transferFrom).to.equal('110000');
    expect(identity.value.name).to.equal('王秀英');
    expect(request.value.holderLocale).to.equal('ug');
  });

  it("a form cannot write another form's answer, even by a key it was not typed for", () => {
    const pensioner = new AnswersController(host, emptyAskPensionAnswers);
    pensioner.set({ pensionerLocale: 'en', holderLocale: 'en' } as Partial<typeof emptyAskPensionAnswers>);
    expect(getFlowState().answers.pensionerLocale).to.equal('en');
    expect(getFlowState().answers.holderLocale, "the family request's language").to.equal('');
  });
});
