import Link from "next/link";
import type * as React from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/ui/cn";

type Labelled = { name: string; id: string; label: string; className?: string };

export type FilterField =
  | (Labelled & { kind: "input"; type?: "date"; placeholder?: string })
  /** an absent parameter selects the first option, so that one says what "no filter" means */
  | (Labelled & { kind: "select"; options: readonly { value: string; label: string; className?: string }[] })
  /** a filter set by a link from elsewhere (e.g. a vendor's bookings) and kept across a new search */
  | { kind: "hidden"; name: string };

// Whole class names, so Tailwind finds them; the actions row spans the form's full width on large screens
const LAYOUT = {
  4: { form: "lg:grid-cols-4", actions: "sm:col-span-2 lg:col-span-4" },
  5: { form: "lg:grid-cols-5", actions: "lg:col-span-5" },
} as const;
const SELECT = "h-9 rounded-md border border-input bg-background px-2 text-sm";

/** What a page's filter form holds, declared once beside the page. */
export interface FilterForm {
  /** the accessible name of the search landmark */
  label: string;
  fields: readonly FilterField[];
  columns: keyof typeof LAYOUT;
  submit: string;
  /** the bare list, for "Clear filters" */
  clearHref: string;
}

/**
 * The GET filter form of an admin list: a labelled control per query parameter holding its current value, a submit
 * button, and "Clear filters" back to the bare list while a filter narrows it. Server-rendered: submitting reloads the
 * page with the new query string.
 */
export function AdminFilterForm({
  form: { label, fields, columns, submit, clearHref },
  values,
  filtered,
}: {
  form: FilterForm;
  values: Record<string, string | undefined>;
  /** whether a filter narrows the list, so there is something to clear */
  filtered: boolean;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className={`grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-2 ${LAYOUT[columns].form}`}
    >
      {fields.map((field) => {
        if (field.kind === "hidden") {
          const value = values[field.name];
          return value ? <input key={field.name} type="hidden" name={field.name} value={value} /> : null;
        }
        return (
          <div key={field.name} className={cn("grid gap-1", field.className)}>
            <Label htmlFor={field.id}>{field.label}</Label>
            {field.kind === "input" ? (
              <Input
                id={field.id}
                name={field.name}
                type={field.type}
                defaultValue={values[field.name]}
                placeholder={field.placeholder}
              />
            ) : (
              <select
                id={field.id}
                name={field.name}
                defaultValue={values[field.name] ?? field.options[0]?.value}
                className={SELECT}
              >
                {field.options.map((o) => (
                  <option key={o.value} value={o.value} className={o.className}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
      <div className={`flex items-end gap-2 ${LAYOUT[columns].actions}`}>
        <Button type="submit">{submit}</Button>
        {filtered ? (
          <Button asChild variant="ghost">
            <Link href={clearHref}>Clear filters</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** Says that the query string did not parse, so the list below ignores it. */
export function InvalidFiltersAlert({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
    >
      {children}
    </p>
  );
}

/** Each problem as "path: message", for the alert to name what was wrong. */
export const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
