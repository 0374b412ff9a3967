import type * as React from "react";
import { FieldMessages, fieldMessageIds } from "@/components/forms/field-messages";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/ui/cn";

export function SelectField({
  name,
  label,
  hint,
  errors,
  options,
  className,
  ...select
}: Omit<React.ComponentProps<"select">, "name"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
}) {
  const id = `field-${name}`;
  const error = errors?.[0];
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldMessageIds(id, { hint, error }).describedBy}
        className={cn(
          "h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
          className,
        )}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages controlId={id} hint={hint} errors={errors} />
    </div>
  );
}
