"use client";

import { LoaderCircle } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

type Variant = React.ComponentProps<typeof Button>["variant"];

export function SubmitButton({
  children,
  pendingText,
  className,
  variant,
  disabled,
}: {
  children: React.ReactNode;
  pendingText: string;
  className?: string;
  variant?: Variant;
  disabled?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      disabled={pending || disabled}
      aria-disabled={pending || disabled}
      className={className}
    >
      {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
      {pending ? pendingText : children}
    </Button>
  );
}
