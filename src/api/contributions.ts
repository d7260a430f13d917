// The person's contributions record (缴费记录, GET /api/contributions): month by month, what was
// paid into the pension, medical and unemployment insurance, the employer's part and their own.
// A month nothing was paid is a gap (amounts null), never a row of zeros. Part of the one
// contract (contract.ts re-exports it).
import * as z from 'zod/mini';

const Parts = z.object({ employer: z.int().check(z.minimum(0)), personal: z.int().check(z.minimum(0)) });

export const ContributionMonth = z.object({
  /** YYYY-MM. */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  /** What was paid that month, fen; null when nothing was (a gap). */
  paid: z.nullable(
    z.object({
      /** The monthly contribution base the parts are worked from. */
      base: z.int().check(z.minimum(0)),
      pension: Parts,
      medical: Parts,
      unemployment: Parts,
    }),
  ),
});
export type ContributionMonth = z.infer<typeof ContributionMonth>;

export const Contributions = z.object({
  /** Oldest first, up to the last month due (contributions are due on the 5th). */
  months: z.array(ContributionMonth),
});
export type Contributions = z.infer<typeof Contributions>;
