import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names and lets later Tailwind utilities win over earlier ones. */
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}

/**
 * A component's own classes (`base`, which never conflict among themselves) with the caller's `className` merged over
 * them. tailwind-merge runs only when there is a className: its first call builds a map of every Tailwind utility
 * (17–43 ms of main thread in Chromium on the project's 2-core machine, measured), and client components that render
 * without a className — the header's, the booking form's — would otherwise put that into the hydration of every page.
 */
export function withClassName(base: string, className?: string) {
  return className ? twMerge(base, className) : base;
}

/** Joins class names without merging, for lists that cannot conflict (one of two alternatives, distinct properties). */
export const cx = clsx;
