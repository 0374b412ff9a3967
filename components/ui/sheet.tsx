"use client";

import { X } from "lucide-react";
import { Dialog as Primitive } from "radix-ui";
import type * as React from "react";
import { withClassName } from "@/lib/ui/cn";

// A dialog that slides in from a side of the screen: the menu and the filters on a phone. Radix Dialog gives it the
// focus trap, Escape to close and the restored focus.
export const Sheet = Primitive.Root;
export const SheetTrigger = Primitive.Trigger;
export const SheetClose = Primitive.Close;

/** The panel's own classes (exported for the test that they never conflict). */
export const sheetClasses = (side: "left" | "right") =>
  "fixed inset-y-0 z-50 flex w-[min(20rem,85vw)] flex-col gap-4 overflow-y-auto bg-background p-6 shadow-lg data-[state=open]:animate-in data-[state=open]:fade-in-0" +
  (side === "left" ? " left-0 border-r" : " right-0 border-l");

export function SheetContent({
  side = "left",
  className,
  returnFocusTo,
  children,
  ...props
}: React.ComponentProps<typeof Primitive.Content> & {
  side?: "left" | "right";
  /** the button that opened a sheet without a SheetTrigger (lib/ui/lazy-overlay.ts): it gets focus back on close */
  returnFocusTo?: React.RefObject<HTMLElement | null>;
}) {
  return (
    <Primitive.Portal>
      <Primitive.Overlay className="fixed inset-0 z-50 bg-black/40 data-[state=open]:animate-in data-[state=open]:fade-in-0" />
      <Primitive.Content
        className={withClassName(sheetClasses(side), className)}
        onCloseAutoFocus={
          returnFocusTo
            ? (event) => {
                // Radix would focus its own trigger, which this sheet does not have
                event.preventDefault();
                returnFocusTo.current?.focus();
              }
            : undefined
        }
        {...props}
      >
        {children}
        <Primitive.Close
          className="absolute top-4 right-4 rounded-sm p-1 opacity-70 hover:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
          aria-label="Close"
        >
          <X className="size-4" aria-hidden />
        </Primitive.Close>
      </Primitive.Content>
    </Primitive.Portal>
  );
}

export function SheetTitle({ className, ...props }: React.ComponentProps<typeof Primitive.Title>) {
  return <Primitive.Title className={withClassName("text-lg font-semibold", className)} {...props} />;
}

export function SheetDescription({ className, ...props }: React.ComponentProps<typeof Primitive.Description>) {
  return <Primitive.Description className={withClassName("text-sm text-muted-foreground", className)} {...props} />;
}
