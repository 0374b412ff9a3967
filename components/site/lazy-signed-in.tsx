"use client";

import dynamic from "next/dynamic";

// What only a signed-in visitor sees — the notification bell, the account menu and the toaster — is loaded by
// next/dynamic from here, so its code (Radix's dropdown and popper, sonner: about 115 kB) stays out of the scripts
// every visitor downloads; a signed-in page still renders them on the server and loads them with the page.
export const NotificationBell = dynamic(() =>
  import("@/components/notifications/notification-bell").then((m) => m.NotificationBell),
);
export const UserMenu = dynamic(() => import("./user-menu").then((m) => m.UserMenu));
export const Toaster = dynamic(() => import("sonner").then((m) => m.Toaster));
