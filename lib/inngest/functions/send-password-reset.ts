import { deliverEmail } from "../../email/deliver-email";
import { events } from "../../events/definitions";
import { inngest } from "../client";

// user/password-reset.requested → deliver the queued reset email. The use case wrote the email in its transaction;
// this only sends it, so a retry never creates a second link.
export const sendPasswordReset = inngest.createFunction(
  {
    id: "send-password-reset",
    name: "Send a password-reset email",
    retries: 4,
    triggers: [events.passwordResetRequested],
  },
  async ({ event, step }) => step.run("send-email", () => deliverEmail(event.data.emailId)),
);
