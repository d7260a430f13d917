// A lost card (临时挂失): the person's card suspended at once, lifted by its holder or by itself
// after 7 days unless a replacement is ordered. Part of the one contract (contract.ts re-exports it).
import * as z from 'zod/mini';

/** Who reported the card lost: its holder, or a relative who helped bind it (losing a card is urgent). */
export const LostCardReporter = z.enum(['cardholder', 'relative']);

/** The person's card as the register sees it: reported lost or not, and the latest report. */
export const LostCardStatus = z.object({
  lost: z.boolean(),
  /** The latest report, in force or not; null when the card was never reported lost. */
  report: z.nullable(
    z.object({
      reference: z.string(),
      reportedAt: z.string(),
      reportedBy: LostCardReporter,
      /** A temporary report lifts itself then (ISO). */
      liftsAt: z.string(),
      /** When it was lifted, by its holder or by itself at liftsAt; null while in force. */
      liftedAt: z.nullable(z.string()),
      liftedBy: z.nullable(z.enum(['cardholder', 'expiry'])),
    }),
  ),
});
export type LostCardStatus = z.infer<typeof LostCardStatus>;
