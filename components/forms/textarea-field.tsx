import type * as React from "react";
import { Label } from "@/components/ui/label";

export function TextareaField({
  name,
  label,
  hint,
  errors,
  ...textarea
}: Omit<React.ComponentProps<"textarea">, "name"> & { name: string; label: string; hint?: string; errors?: string[] }) {
  const id = `field-${name}`;
  const error = errors?.[0];
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className="min-h-28 rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none aria-invalid:border-destructive"
        {...textarea}
      />
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} role={error ? "alert" : undefined} className="min-h-4 text-xs text-destructive">
        {error ?? ""}
      </p>
    </div>
  );
}
