import type { Role } from "@prisma/client";

// Who may do what, as data. A vendor can do everything a traveller can; an admin everything.
// "own" permissions still need an ownership check in the use case; "any" permissions skip it.
const TRAVELLER = ["traveller", "vendor", "admin"] as const satisfies readonly Role[];
const VENDOR = ["vendor", "admin"] as const satisfies readonly Role[];
const ADMIN = ["admin"] as const satisfies readonly Role[];

export const PERMISSIONS = {
  "profile:read": TRAVELLER,
  "profile:update": TRAVELLER,
  "profile:deactivate": TRAVELLER,
  "users:read_any": ADMIN,
  "users:update_any": ADMIN,
  "users:deactivate_any": ADMIN,
  "users:list": ADMIN,
  "users:change_role": ADMIN,
  "bookings:create": TRAVELLER,
  "bookings:read_own": TRAVELLER,
  "bookings:cancel_own": TRAVELLER,
  // contact details and notes: the booking's traveller, or an admin on their behalf (never the trip's vendor)
  "bookings:update_own": TRAVELLER,
  "bookings:read_any": ADMIN,
  "bookings:update_any": ADMIN,
  "waitlist:join": TRAVELLER,
  "notifications:read": TRAVELLER,
  "trips:manage_own": VENDOR,
  "trips:manage_any": ADMIN,
  // trip photos: anyone who manages trips may upload images (they are not tied to a trip until one is saved)
  "uploads:create": VENDOR,
  "bookings:read_vendor": VENDOR,
  "bookings:complete": VENDOR,
  "earnings:read_own": VENDOR,
  "vendors:update_own": VENDOR,
  "vendors:connect": VENDOR,
  "earnings:read_any": ADMIN,
  "payments:refund": ADMIN,
  "payouts:run": ADMIN,
  "analytics:read": ADMIN,
  "audit:read": ADMIN,
  "webhooks:read": ADMIN,
  "webhooks:retry": ADMIN,
  // reviews: the booking's traveller writes one (own); the trip's vendor replies (own trips); admins hide any
  "reviews:write": TRAVELLER,
  "reviews:reply": VENDOR,
  "reviews:moderate": ADMIN,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
