import { SectionNav } from "@/components/site/section-nav";
import { requireActor } from "@/lib/auth/current-actor";
import { localToolsEnabled } from "@/lib/dev/local-tools";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireActor("/admin", "users:list");
  return (
    <>
      <SectionNav
        label="Admin"
        items={[
          { href: "/admin", label: "Overview" },
          { href: "/admin/users", label: "Users" },
          { href: "/admin/bookings", label: "Bookings" },
          { href: "/admin/reviews", label: "Reviews" },
          { href: "/admin/payouts", label: "Payouts" },
          { href: "/admin/audit", label: "Audit log" },
          { href: "/admin/webhooks", label: "Webhooks" },
          ...(localToolsEnabled("runs") ? [{ href: "/dev/runs", label: "Background runs" }] : []),
        ]}
      />
      {children}
    </>
  );
}
