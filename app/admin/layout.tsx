import { requireActor } from "@/lib/auth/current-actor";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireActor("/admin", "users:list");
  return children;
}
