import { SectionNav } from "@/components/site/section-nav";
import { requireActor } from "@/lib/auth/current-actor";

// The whole vendor area needs a vendor (or admin) session; each page and action checks again for its own data.
export default async function VendorLayout({ children }: { children: React.ReactNode }) {
  await requireActor("/vendor", "trips:manage_own");
  return (
    <>
      <SectionNav
        label="Vendor"
        items={[
          { href: "/vendor", label: "Dashboard", also: ["/vendor/trips"] },
          { href: "/vendor/bookings", label: "Bookings" },
          { href: "/vendor/earnings", label: "Earnings & payouts" },
        ]}
      />
      {children}
    </>
  );
}
