"use client";

import { X } from "lucide-react";
import { Dialog as Primitive } from "radix-ui";
import type * as React from "react";
import { withClassName } from "@/lib/ui/cn";

/** The dialog's own classes (exported for the test that they never conflict). */
export const dialogClasses = (wide: boolean) =>
  "fixed top-1/2 left-1/2 z-50 grid w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl border bg-background shadow-lg data-[state=open]:animate-in data-[state=open]:fade-in-0 data-[state=open]:zoom-in-95" +
  (wide ? " max-w-4xl gap-3 p-4 sm:p-6" : " max-w-md gap-4 p-6");

export const Dialog = Primitive.Root;
export const DialogTrigger = Primitive.Trigger;
export const DialogClose = Primitive.Close;

/**
 * `wide`: a large dialog (the trip page's photo lightbox). A size prop rather than a className: this component renders
 * (closed) while the page hydrates, and a className would make it merge classes then (lib/ui/cn.ts).
 */
export function DialogContent({
  className,
  children,
  wide = false,
  ...props
}: React.ComponentProps<typeof Primitive.Content> & { wide?: boolean }) {
  return (
    <Primitive.Portal>
      <Primitive.Overlay className="fixed inset-0 z-50 bg-black/40 data-[state=open]:animate-in data-[state=open]:fade-in-0" />
      <Primitive.Content className={withClassName(dialogClasses(wide), className)} {...props}>
        {children}
        <Primitive.Close
          className="absolute top-4 right-4 rounded-sm opacity-70 hover:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
          aria-label="Close"
        >
          <X className="size-4" aria-hidden />
        </Primitive.Close>
      </Primitive.Content>
    </Primitive.Portal>
  );
}

export function DialogTitle({ className, ...props }: React.ComponentProps<typeof Primitive.Title>) {
  return <Primitive.Title className={withClassName("text-lg font-semibold", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: React.ComponentProps<typeof Primitive.Description>) {
  return <Primitive.Description className={withClassName("text-sm text-muted-foreground", className)} {...props} />;
}
