// What happened to a person's card binding (GET /api/activity), newest first, by kind (the app
// words each kind in the reader's language), and signing out everywhere. Part of the one contract
// (contract.ts re-exports it).
import * as z from 'zod/mini';

export const ACTIVITY_KINDS = [
  'bound',
  'services_changed',
  'payment_code_shown',
  'paid',
  'reported_lost',
  'report_lifted',
  'replacement_ordered',
  'limits_changed',
  'applied',
  'pension_checked',
  'relative_allowed',
  'relative_removed',
  'unbound',
  'signed_out_everywhere',
  'not_me',
  'review_restored',
  'review_unbound',
] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const ActivityEntry = z.object({
  /** Stable: the same event always has the same id (an inbox notice about it is read once). */
  id: z.string(),
  at: z.string(),
  kind: ActivityKind,
  /** Who did it: the person, a relative who helped bind (named below), a cashier taking a payment, or 12333's adviser closing a review. */
  by: z.enum(['you', 'relative', 'cashier', 'adviser']),
  relative: z.nullable(z.object({ name: z.string(), phoneMasked: z.string() })),
  /** paid: the amount, in fen. */
  amountFen: z.nullable(z.int()),
  /** services_changed: the service ids turned on afterwards. */
  services: z.nullable(z.array(z.string())),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const ActivityResponse = z.object({ entries: z.array(ActivityEntry) });
export type ActivityResponse = z.infer<typeof ActivityResponse>;

/** POST /api/sessions/end-all ("sign out everywhere"): how many sessions ended, this one included. */
export const SessionsEndedResponse = z.object({ ended: z.int().check(z.minimum(0)) });
export type SessionsEndedResponse = z.infer<typeof SessionsEndedResponse>;

/** POST /api/binding/not-me ("this wasn't me"): the review opened for it; every session has ended. */
export const NotMeResponse = z.object({ reviewReference: z.string() });
export type NotMeResponse = z.infer<typeof NotMeResponse>;

/**
 * Sandbox only (12333's side): a review opened by "this wasn't me" is closed after the adviser has
 * spoken to the person. `restored`: it was them after all, or nothing was taken; the binding works
 * again (relatives stay removed). `unbound`: someone else did use it; the binding is removed and
 * the person binds again.
 */
export const ReviewOutcome = z.enum(['restored', 'unbound']);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;
export const SandboxReviewCloseRequest = z.object({ reference: z.string().check(z.maxLength(20)), outcome: ReviewOutcome });
export const SandboxReviewCloseResponse = z.object({ reference: z.string(), outcome: ReviewOutcome, closedAt: z.string() });
