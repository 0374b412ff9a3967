"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type * as React from "react";
import { authHref } from "@/lib/forms/safe-redirect";

/**
 * A "Log in" / "Sign up" link that brings the visitor back to the page they were on. Only the path is carried, not the
 * query string: reading search params here would opt every page with the header out of static rendering.
 */
export function ReturnToLink({
  page,
  ...props
}: { page: "/login" | "/register" } & Omit<React.ComponentProps<typeof Link>, "href">) {
  return <Link href={authHref(page, usePathname())} {...props} />;
}
