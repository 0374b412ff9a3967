import { events } from "../../events/definitions";
import { flagTaxFormIfDue } from "../../vendors/flag-tax-form";
import { inngest } from "../client";

// vendor/payout.paid → the 1099 threshold is checked after every paid payout; the flag is set once per calendar year
export const flagTaxForm = inngest.createFunction(
  { id: "flag-tax-form", retries: 4, triggers: [events.payoutPaid] },
  async ({ event, step }) => step.run("tax-form-threshold", () => flagTaxFormIfDue(event.data.vendorId, new Date())),
);
