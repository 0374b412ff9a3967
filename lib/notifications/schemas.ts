import { z } from "zod";
import { PageQuery } from "../pagination";

/** `?unread=true` lists only unread notifications. */
export const ListNotificationsQuery = PageQuery.extend({
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;
