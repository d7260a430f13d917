// A lost card (临时挂失): the person's card suspended at once, lifted by its holder or by itself
// after 7 days unless a replacement is ordered; a replacement posted to them, whose new number
// binds in place of the old. Part of the one contract (contract.ts re-exports it).
import * as z from 'zod/mini';

/** Who reported the card lost: its holder, or a relative who helped bind it (losing a card is urgent). */
export const LostCardReporter = z.enum(['cardholder', 'relative']);

/** An administrative division (GB/T 2260 code) with its Chinese name; the app names the codes it knows in the reader's language. */
export const Region = z.object({
  code: z.string().check(z.regex(/^\d{6}$/)),
  name: z.string(),
});
export type Region = z.infer<typeof Region>;

/** GET /api/regions?within=<code>: the provinces (no `within`), a province's cities, a city's districts. */
export const RegionsResponse = z.object({ regions: z.array(Region) });
export type RegionsResponse = z.infer<typeof RegionsResponse>;

/** Where a new card is posted: a district the service lists, and the street, building and room. */
export const ReplacementRequest = z.object({
  district: z.string().check(z.maxLength(6)),
  street: z.string().check(z.maxLength(400)),
});
export type ReplacementRequest = z.infer<typeof ReplacementRequest>;

/** A replacement card's way to its holder, in order; each stage's time comes from the service. */
export const REPLACEMENT_STAGES = ['accepted', 'made', 'posted', 'arrived'] as const;
export const ReplacementStage = z.enum(REPLACEMENT_STAGES);
export type ReplacementStage = z.infer<typeof ReplacementStage>;

/** Why a replacement costs nothing (null when it has a fee). */
export const FeeWaiver = z.enum(['first_replacement']);

/** What a replacement would cost, before it is ordered. */
export const ReplacementQuote = z.object({
  /** Paid to the courier when the card arrives, in fen; 0 when waived. */
  feeFen: z.int().check(z.minimum(0)),
  waivedBecause: z.nullable(FeeWaiver),
});
export type ReplacementQuote = z.infer<typeof ReplacementQuote>;

export const Replacement = z.object({
  reference: z.string(),
  orderedAt: z.string(),
  stage: ReplacementStage,
  /** Every stage with when it happened (ISO), or is expected to (`expected: true`). */
  stages: z.array(z.object({ stage: ReplacementStage, at: z.string(), expected: z.boolean() })),
  feeFen: z.int().check(z.minimum(0)),
  waivedBecause: z.nullable(FeeWaiver),
  /** Where it is posted; null once erased, half a year after it arrived. */
  address: z.nullable(z.object({ province: Region, city: Region, district: Region, street: z.string() })),
  /** The courier's reference, once posted. */
  trackingReference: z.nullable(z.string()),
  /** The new card's number, masked, once it is made. */
  newCardNumberMasked: z.nullable(z.string()),
});
export type Replacement = z.infer<typeof Replacement>;

/** The person's card as the register sees it: reported lost or not, the latest report, and a replacement ordered for it. */
export const LostCardStatus = z.object({
  lost: z.boolean(),
  /** The latest report, in force or not; null when the card was never reported lost. */
  report: z.nullable(
    z.object({
      reference: z.string(),
      reportedAt: z.string(),
      reportedBy: LostCardReporter,
      /** A temporary report lifts itself then (ISO); null once a replacement is ordered (the old card stays stopped). */
      liftsAt: z.nullable(z.string()),
      /** When it was lifted: by its holder, by itself at liftsAt, or by the replacement's arrival; null while in force. */
      liftedAt: z.nullable(z.string()),
      liftedBy: z.nullable(z.enum(['cardholder', 'expiry', 'replacement'])),
    }),
  ),
  /** The replacement ordered for the latest report, if any. */
  replacement: z.nullable(Replacement),
  /** What a replacement costs now: present when this person may order one (their own card, bound, reported lost, none ordered). */
  quote: z.nullable(ReplacementQuote),
});
export type LostCardStatus = z.infer<typeof LostCardStatus>;
