import "server-only";
import { db } from "../db";

// A read notification is kept this long: long enough to find a recent one again, short enough to keep the table small.
const READ_NOTIFICATION_RETENTION_DAYS = 90;

/** Deletes read notifications older than the retention period; unread ones stay however old they are. */
export async function deleteOldReadNotifications(now = new Date()) {
  const cutoff = new Date(now.getTime() - READ_NOTIFICATION_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.notification.deleteMany({ where: { readAt: { lt: cutoff } } });
  return count;
}
