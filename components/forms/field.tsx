import type * as React from "react";
import { FieldMessages, fieldMessageIds } from "@/components/forms/field-messages";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface FieldProps extends Omit<React.ComponentProps<"input">, "name"> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
}

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const error = errors?.[0];
  return (
    <div className="grid gap-2">
      <Label htmlFor={inputId}>{label}</Label>
      <Input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldMessageIds(inputId, { hint, error }).describedBy}
        {...input}
      />
      <FieldMessages controlId={inputId} hint={hint} errors={errors} />
    </div>
  );
}
