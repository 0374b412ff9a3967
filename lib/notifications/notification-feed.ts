import { type PageQuery, pageResponse } from "../pagination";
import type { NotificationDto } from "./list-notifications";

/** What GET /api/v1/notifications answers: a page of the caller's notifications and how many are unread (the bell polls it). */
export function notificationFeed(data: NotificationDto[], query: PageQuery, total: number, unreadCount: number) {
  return { ...pageResponse(data, query, total), unreadCount };
}
export type NotificationFeed = ReturnType<typeof notificationFeed>;

export { BELL_LIMIT } from "./bell-limit";
