import type * as React from "react";
import { withClassName } from "@/lib/ui/cn";

export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={withClassName("animate-pulse rounded-md bg-muted", className)}
      {...props}
    />
  );
}
