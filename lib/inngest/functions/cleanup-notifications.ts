import { deleteOldReadNotifications } from "../../notifications/delete-old-read-notifications";
import { inngest } from "../client";

// Daily at 03:00 UTC: read notifications older than the retention period are removed.
export const cleanupNotifications = inngest.createFunction(
  {
    id: "cleanup-read-notifications",
    name: "Clean up old read notifications",
    retries: 2,
    triggers: [{ cron: "TZ=UTC 0 3 * * *" }],
  },
  async ({ step }) => ({ deleted: await step.run("delete-old-read", () => deleteOldReadNotifications()) }),
);
