import type { CancellationPolicy } from "@prisma/client";

/** The cancellation policy in plain words, as travellers see it before booking and cancelling. */
export const POLICY_TEXT: Record<CancellationPolicy, { title: string; text: string }> = {
  flexible: { title: "Flexible", text: "Full refund until 24 hours before the departure starts." },
  moderate: { title: "Moderate", text: "Full refund until 7 days before, 50 % until 24 hours before, then no refund." },
  strict: { title: "Strict", text: "50 % refund until 14 days before the departure, then no refund." },
};
