import { z } from "zod";
import { isoDate } from "../api/dates";
import { text } from "../api/fields";
import { PageQuery } from "../pagination";
import { CURRENCY_CODES } from "../money/currencies";

const Id = text().trim().min(1).max(64);
/** `yyyy-mm-dd` or a full ISO date-time (UTC unless it names an offset); a real calendar date between 2000 and 2100 */
const DateParam = isoDate({ minYear: 2000 });
const Bool = z.enum(["true", "false"], { error: "use true or false" }).transform((v) => v === "true");
const Role = z.enum(["traveller", "vendor", "admin"], { error: "role is traveller, vendor or admin" });

export const AdminUsersQuery = PageQuery.extend({
  q: text().trim().max(100).optional(),
  role: Role.optional(),
  active: Bool.optional(),
});
export type AdminUsersQuery = z.infer<typeof AdminUsersQuery>;

export const AdminUpdateUserInput = z
  .strictObject({ role: Role.optional(), active: z.boolean({ error: "active is true or false" }).optional() })
  .refine((v) => v.role !== undefined || v.active !== undefined, "Send role, active or both");
export type AdminUpdateUserInput = z.infer<typeof AdminUpdateUserInput>;

const BookingStatusParam = z.enum(["pending", "confirmed", "completed", "cancelled", "expired"], {
  error: "status is pending, confirmed, completed, cancelled or expired",
});

export const AdminBookingsFilter = z
  .object({
    q: text()
      .trim()
      .max(200)
      .optional()
      .describe(
        "A booking id or code (TRV-7K3M9Q, any letter case), or part of the traveller's email or the trip's title",
      ),
    status: BookingStatusParam.optional(),
    vendorId: Id.optional(),
    tripId: Id.optional(),
    userId: Id.optional(),
    from: DateParam.optional(),
    to: DateParam.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "from must not be after to", path: ["to"] });
export const AdminBookingsQuery = z.intersection(PageQuery, AdminBookingsFilter);
export type AdminBookingsFilter = z.infer<typeof AdminBookingsFilter>;
export type AdminBookingsQuery = z.infer<typeof AdminBookingsQuery>;

export const Interval = z.enum(["day", "week", "month"], { error: "interval is day, week or month" });
export type Interval = z.infer<typeof Interval>;
export const AnalyticsQuery = z
  .object({
    from: DateParam.optional(),
    to: DateParam.optional(),
    interval: Interval.optional(),
    currency: z
      .enum(CURRENCY_CODES, { error: "currency is a lower-case ISO 4217 code the platform accepts" })
      .default("usd"),
  })
  .refine((v) => !v.from || !v.to || v.from < v.to, { message: "from must be before to", path: ["to"] })
  .refine((v) => !v.from || !v.to || v.to.getTime() - v.from.getTime() <= 3 * 366 * 86_400_000, {
    message: "at most 3 years at a time",
    path: ["to"],
  });
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

export const AuditQuery = PageQuery.extend({
  actorId: Id.optional(),
  entityType: text().trim().max(64).optional(),
  entityId: Id.optional(),
  action: text().trim().max(100).optional(),
  from: DateParam.optional(),
  to: DateParam.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const WebhooksQuery = PageQuery.extend({
  type: text().trim().max(100).optional(),
  status: z.enum(["processed", "failed", "pending"], { error: "status is processed, failed or pending" }).optional(),
});
export type WebhooksQuery = z.infer<typeof WebhooksQuery>;

export const AdminPayoutsQuery = PageQuery.extend({
  status: z.enum(["pending", "paid", "failed"], { error: "status is pending, paid or failed" }).optional(),
  vendorId: Id.optional(),
});
export type AdminPayoutsQuery = z.infer<typeof AdminPayoutsQuery>;

/** The admin page's query: lenient, a bad value falls back to its default (the API uses AdminUsersQuery: 422). */
export const ListUsersQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(["traveller", "vendor", "admin"]).optional().catch(undefined),
  active: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuery>;

/** The admin payouts page: every vendor's balance in one currency, searchable by display name or e-mail. */
export const VendorBalancesQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  currency: z
    .string()
    .regex(/^[a-z]{3}$/)
    .default("usd"),
});
export type VendorBalancesQuery = z.infer<typeof VendorBalancesQuery>;
