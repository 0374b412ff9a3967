import { cleanupNotifications } from "./cleanup-notifications";
import { welcomeUser } from "./welcome-user";

/** Every Inngest function the app serves at /api/inngest. */
export const functions = [welcomeUser, cleanupNotifications];
