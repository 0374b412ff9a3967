"use client";

import { LoaderCircle } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

export function SubmitButton({ children, pendingText, className, variant }: { children: React.ReactNode; pendingText: string; className?: string; variant?: "default" | "destructive" }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} className={className}>
      {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
      {pending ? pendingText : children}
    </Button>
  );
}
