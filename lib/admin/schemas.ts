import { z } from "zod";
import { PageQuery } from "../api/pagination";

const Id = z.string().trim().min(1).max(64);
/** `yyyy-mm-dd` or a full ISO date-time; a real calendar date between 2000 and 2100 */
const DateParam = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, "use yyyy-mm-dd or an ISO 8601 date-time")
  .transform((v, ctx) => {
    const [y, m, d] = v.slice(0, 10).split("-").map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    const date = v.length === 10 ? day : new Date(v);
    if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "not a real date" });
      return z.NEVER;
    }
    if (y < 2000 || y > 2100) {
      ctx.addIssue({ code: "custom", message: "must be between 2000 and 2100" });
      return z.NEVER;
    }
    return date;
  });
const Bool = z.enum(["true", "false"], { error: "use true or false" }).transform((v) => v === "true");
const Role = z.enum(["traveller", "vendor", "admin"], { error: "role is traveller, vendor or admin" });

export const AdminUsersQuery = PageQuery.extend({ q: z.string().trim().max(100).optional(), role: Role.optional(), active: Bool.optional() });
export type AdminUsersQuery = z.infer<typeof AdminUsersQuery>;

export const AdminUpdateUserInput = z
  .strictObject({ role: Role.optional(), active: z.boolean({ error: "active is true or false" }).optional() })
  .refine((v) => v.role !== undefined || v.active !== undefined, "Send role, active or both");
export type AdminUpdateUserInput = z.infer<typeof AdminUpdateUserInput>;

export const BookingStatusParam = z.enum(["pending", "confirmed", "completed", "cancelled", "expired"], { error: "status is pending, confirmed, completed, cancelled or expired" });

export const AdminBookingsFilter = z
  .object({ q: z.string().trim().max(200).optional(), status: BookingStatusParam.optional(), vendorId: Id.optional(), tripId: Id.optional(), userId: Id.optional(), from: DateParam.optional(), to: DateParam.optional() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "from must not be after to", path: ["to"] });
export const AdminBookingsQuery = z.intersection(PageQuery, AdminBookingsFilter);
export type AdminBookingsFilter = z.infer<typeof AdminBookingsFilter>;
export type AdminBookingsQuery = z.infer<typeof AdminBookingsQuery>;

export const Interval = z.enum(["day", "week", "month"], { error: "interval is day, week or month" });
export type Interval = z.infer<typeof Interval>;
export const AnalyticsQuery = z
  .object({ from: DateParam.optional(), to: DateParam.optional(), interval: Interval.optional(), currency: z.string().regex(/^[a-z]{3}$/, "currency is a lower-case ISO 4217 code").default("usd") })
  .refine((v) => !v.from || !v.to || v.from < v.to, { message: "from must be before to", path: ["to"] })
  .refine((v) => !v.from || !v.to || v.to.getTime() - v.from.getTime() <= 3 * 366 * 86_400_000, { message: "at most 3 years at a time", path: ["to"] });
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

export const AuditQuery = PageQuery.extend({ actorId: Id.optional(), entityType: z.string().trim().max(64).optional(), entityId: Id.optional(), action: z.string().trim().max(100).optional(), from: DateParam.optional(), to: DateParam.optional() });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const WebhooksQuery = PageQuery.extend({ type: z.string().trim().max(100).optional(), status: z.enum(["processed", "failed", "pending"], { error: "status is processed, failed or pending" }).optional() });
export type WebhooksQuery = z.infer<typeof WebhooksQuery>;

export const AdminPayoutsQuery = PageQuery.extend({ status: z.enum(["pending", "paid", "failed"], { error: "status is pending, paid or failed" }).optional(), vendorId: Id.optional() });
export type AdminPayoutsQuery = z.infer<typeof AdminPayoutsQuery>;
