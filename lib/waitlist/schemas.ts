import { z } from "zod";

export const JoinWaitlistInput = z.strictObject({
  seats: z.number({ error: "seats must be a number" }).int().min(1).max(20).default(1),
});
