import { deliverEmail } from "../../email/deliver-email";
import { events } from "../../events/definitions";
import { notifyWelcome } from "../../users/notify-welcome";
import { inngest } from "../client";

// user/registered → welcome notification in the app and by email; the delivery is a step of its own, so a failed
// send is retried without writing the notification again.
export const welcomeUser = inngest.createFunction(
  { id: "welcome-user", name: "Welcome a new user", retries: 4, triggers: [events.userRegistered] },
  async ({ event, step }) => {
    const { emailId } = await step.run("notify", () => notifyWelcome(event.data));
    if (emailId) await step.run("send-email", () => deliverEmail(emailId));
    return { emailId };
  },
);
