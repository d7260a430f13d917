// The one API contract: request and response bodies as zod schemas, imported by the app's client
// and by the reference service, so both sides agree by construction. No DOM, no Node.
import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  sandbox: z.boolean(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
