import type { Role } from "@prisma/client";

export interface NavItem {
  href: string;
  label: string;
}

/** The header's links for a visitor (null) or a signed-in role; a vendor sees a traveller's links too. */
export function navigationFor(role: Role | null): NavItem[] {
  const items: NavItem[] = [{ href: "/trips", label: "Explore trips" }];
  if (role) items.push({ href: "/bookings", label: "My bookings" });
  if (role === "vendor" || role === "admin") items.push({ href: "/vendor", label: "Vendor dashboard" });
  if (role === "admin") items.push({ href: "/admin", label: "Admin" });
  return items;
}
