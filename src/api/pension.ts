// The person's pension record for the pension estimate (GET /api/pension/record): what the
// calculator starts from; the app computes the estimate itself (src/domain/pension.ts), so every
// figure can be changed and the sum is seen. Part of the one contract (contract.ts re-exports it).
import * as z from 'zod/mini';
import { Region } from './lost-card.js';

export const PensionRecord = z.object({
  /** From the ID number (or the service's register for other documents). */
  born: z.object({ year: z.int(), month: z.int().check(z.minimum(1), z.maximum(12)) }),
  /** The retirement-age rule the person falls under: a man, or a woman whose age was 50 or 55. */
  group: z.enum(['male', 'female_50', 'female_55']),
  /** Months of contributions so far. */
  monthsContributed: z.int().check(z.minimum(0)),
  /** Average contribution index so far (0.6–3, two decimals). */
  averageIndex: z.number(),
  /** The personal pension account's balance now, fen (the same as GET /api/accounts). */
  balance: z.int(),
  /** Paid into the personal account each month now (8% of the contribution base), fen; 0 when not paying in. */
  monthlyPersonal: z.int().check(z.minimum(0)),
  /** The province's average monthly wage for the last published year, fen, which the basic pension is worked from. */
  averageWage: z.object({ fen: z.int(), year: z.int(), province: Region }),
  /** The month the record is as of (YYYY-MM). */
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
});
export type PensionRecord = z.infer<typeof PensionRecord>;
