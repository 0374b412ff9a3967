import { requireActor } from "@/lib/auth/current-actor";

// The whole vendor area needs a vendor (or admin) session; each page and action checks again for its own data.
export default async function VendorLayout({ children }: { children: React.ReactNode }) {
  await requireActor("/vendor", "trips:manage_own");
  return children;
}
