import { db } from "../../db";
import { inngest } from "../client";

export const READ_NOTIFICATION_RETENTION_DAYS = 90;

// Daily at 03:00 UTC: read notifications older than the retention period are removed.
export const cleanupNotifications = inngest.createFunction(
  { id: "cleanup-read-notifications", name: "Clean up old read notifications", retries: 2, triggers: [{ cron: "TZ=UTC 0 3 * * *" }] },
  async ({ step }) => {
    const deleted = await step.run("delete-old-read", async () => {
      const cutoff = new Date(Date.now() - READ_NOTIFICATION_RETENTION_DAYS * 24 * 60 * 60 * 1000);
      const { count } = await db.notification.deleteMany({ where: { readAt: { lt: cutoff } } });
      return count;
    });
    return { deleted };
  },
);
