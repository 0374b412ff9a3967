import { events } from "../../events/definitions";
import { deliverEmail } from "../../email/deliver-email";
import { env } from "../../env";
import { notifyUser } from "../../notifications/notify-user";
import { db } from "../../db";
import { inngest } from "../client";

// user/registered → welcome notification in the app and by email.
export const welcomeUser = inngest.createFunction(
  { id: "welcome-user", name: "Welcome a new user", retries: 4, triggers: [events.userRegistered] },
  async ({ event, step }) => {
    const { userId, role } = event.data;
    const { emailId } = await step.run("notify", async () => {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
      return notifyUser({
        userId,
        type: "welcome",
        title: `Welcome to Travellr, ${user.name}!`,
        body: role === "vendor" ? "Publish your first trip from the vendor dashboard." : "Find your next trip and book seats in minutes.",
        link: role === "vendor" ? "/vendor" : "/trips",
        email: { template: "welcome", data: { name: user.name, role, appUrl: env().APP_URL } },
        dedupeKey: `welcome:${userId}`,
      });
    });
    if (emailId) await step.run("send-email", () => deliverEmail(emailId));
    return { emailId };
  },
);
