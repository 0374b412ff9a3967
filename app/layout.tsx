import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { SiteFooter } from "@/components/site/site-footer";
import { Toaster } from "@/components/site/lazy-signed-in";
import { SiteHeader } from "@/components/site/site-header";
import { currentActor } from "@/lib/auth/current-actor";
import { logoutAction } from "./(auth)/actions";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./(account)/notifications/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Travellr — book small-group trips", template: "%s · Travellr" },
  description: "Find trips from local operators, book seats on a departure and pay securely.",
};

export const viewport: Viewport = { themeColor: "#0f7c80" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // every page is rendered per request: its scripts carry this request's CSP nonce (set in proxy.ts), which a
  // page prerendered at build time could not
  await connection();
  const actor = await currentActor();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader
          logout={logoutAction}
          markNotificationRead={markNotificationReadAction}
          markAllNotificationsRead={markAllNotificationsReadAction}
        />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4">
          {children}
        </main>
        <SiteFooter />
        {/* only signed-in actions show toasts (cancel, mark all read, admin actions): nobody else loads the toaster */}
        {actor && <Toaster richColors closeButton />}
      </body>
    </html>
  );
}
