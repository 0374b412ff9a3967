import { requireActor } from "@/lib/auth/current-actor";

// The sign-in check sits above loading.tsx: a signed-out visitor gets a real redirect (307) before anything streams,
// not a page that starts loading and then moves away.
export default async function NotificationsLayout({ children }: { children: React.ReactNode }) {
  await requireActor("/notifications", "notifications:read");
  return children;
}
