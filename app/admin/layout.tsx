import { SectionNav } from "@/components/site/section-nav";
import { requireActor } from "@/lib/auth/current-actor";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireActor("/admin", "users:list");
  return (
    <>
      <SectionNav
        label="Admin"
        items={[
          { href: "/admin", label: "Users" },
          { href: "/admin/payouts", label: "Payouts" },
        ]}
      />
      {children}
    </>
  );
}
