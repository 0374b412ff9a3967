"use client";

import { Eye, EyeOff } from "lucide-react";
import { useState } from "react";
import type * as React from "react";
import { useFormStatus } from "react-dom";
import { FieldMessages, fieldMessageIds } from "@/components/forms/field-messages";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/ui/cn";

interface PasswordFieldProps extends Omit<React.ComponentProps<"input">, "name" | "type"> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** the toggle's accessible name, distinct when a form has two password fields */
  toggleLabel?: string;
}

/**
 * Field (components/forms/field.tsx) for a password, with a "Show password" toggle. The toggle is a sibling of the
 * label, named by its own text rather than aria-label, so `getByLabel("Password")` still finds only the input. The
 * password is hidden again while the form submits, so no browser stores it as plain text.
 */
export function PasswordField({
  name,
  label,
  hint,
  errors,
  toggleLabel = "Show password",
  id,
  className,
  ...input
}: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  const { pending } = useFormStatus();
  const visible = shown && !pending;
  const inputId = id ?? `field-${name}`;
  const error = errors?.[0];
  return (
    <div className="grid gap-2">
      <Label htmlFor={inputId}>{label}</Label>
      <div className="relative">
        <Input
          id={inputId}
          name={name}
          type={visible ? "text" : "password"}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldMessageIds(inputId, { hint, error }).describedBy}
          className={cn("pr-11", className)}
          {...input}
        />
        <button
          type="button"
          aria-pressed={visible}
          aria-controls={inputId}
          onClick={() => setShown((s) => !s)}
          className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-md text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {visible ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
          <span className="sr-only">{toggleLabel}</span>
        </button>
      </div>
      <FieldMessages controlId={inputId} hint={hint} errors={errors} />
    </div>
  );
}
