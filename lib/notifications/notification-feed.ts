import { type PageQuery, pageResponse } from "../pagination";
import type { NotificationDto } from "./list-notifications";

/** What GET /api/v1/notifications answers: a page of the caller's notifications and how many are unread (the bell polls it). */
export function notificationFeed(data: NotificationDto[], query: PageQuery, total: number, unreadCount: number) {
  return { ...pageResponse(data, query, total), unreadCount };
}
export type NotificationFeed = ReturnType<typeof notificationFeed>;

/** How many of the latest notifications the header's bell lists (it scrolls; /notifications has them all). */
export const BELL_LIMIT = 20;
