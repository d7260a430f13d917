// The draft's answers: every feature's slice put together, in this one place. What the person
// typed that is not secret, kept so that going back, changing language or a failed request never
// makes them type it again (WCAG 3.3.7). Never a password or code. One store and one saved draft
// hold them all (a reload must bring any screen back); a screen sees only its own slice, through
// an answers controller (store.ts).
import { emptyCardAnswers, emptyIdentityAnswers, type CardAnswers, type IdentityAnswers } from '../features/binding/answers.js';
import { emptyRequestAnswers, type RequestAnswers } from '../features/family/answers.js';
import {
  emptyAskPensionAnswers,
  emptyTransferAnswers,
  emptyTreatmentAnswers,
  type AskPensionAnswers,
  type TransferAnswers,
  type TreatmentAnswers,
} from '../features/applications/answers.js';
import { emptyReplacementAnswers, type ReplacementAnswers } from '../features/lost-card/answers.js';
import { emptyHelpAnswers, type HelpAnswers } from '../features/help/answers.js';

export type Answers = IdentityAnswers & CardAnswers & RequestAnswers & TreatmentAnswers & TransferAnswers & AskPensionAnswers & ReplacementAnswers & HelpAnswers;

export const emptyAnswers: Answers = {
  ...emptyIdentityAnswers,
  ...emptyCardAnswers,
  ...emptyRequestAnswers,
  ...emptyTreatmentAnswers,
  ...emptyTransferAnswers,
  ...emptyAskPensionAnswers,
  ...emptyReplacementAnswers,
  ...emptyHelpAnswers,
};
