import type * as React from "react";
import { FieldMessages, fieldMessageIds } from "@/components/forms/field-messages";
import { Label } from "@/components/ui/label";

export function TextareaField({
  name,
  label,
  hint,
  errors,
  allErrors,
  ...textarea
}: Omit<React.ComponentProps<"textarea">, "name"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** list every message rather than the first (a text with one problem per line) */
  allErrors?: boolean;
}) {
  const id = `field-${name}`;
  const error = errors?.[0];
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldMessageIds(id, { hint, error }).describedBy}
        className="min-h-28 rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none aria-invalid:border-destructive"
        {...textarea}
      />
      <FieldMessages controlId={id} hint={hint} errors={errors} all={allErrors} />
    </div>
  );
}
