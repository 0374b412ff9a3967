"use client";

import { Label as LabelPrimitive } from "radix-ui";
import type * as React from "react";
import { withClassName } from "@/lib/ui/cn";

export function Label({ className, ...props }: React.ComponentProps<typeof LabelPrimitive.Root>) {
  return (
    <LabelPrimitive.Root
      data-slot="label"
      className={withClassName("flex items-center gap-2 text-sm leading-none font-medium select-none", className)}
      {...props}
    />
  );
}
