import { z } from "zod";
import { AppError } from "../errors";

/** What a server action returns to its form: field errors next to fields, one message for the form. */
export interface FormState {
  ok?: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** the submitted values, so a failed submit keeps what the user typed */
  values?: Record<string, string>;
}

export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of fields) {
    const v = formData.get(f);
    if (typeof v === "string") values[f] = v;
  }
  return values;
}

/**
 * A form field as a whole number for a schema that takes JSON numbers: plain digits only; an empty or missing field
 * is undefined (the schema says it is required), anything else NaN (the schema's "must be a number" error).
 */
export function formInt(value: string | undefined): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  return /^\d{1,15}$/.test(v) ? Number(v) : Number.NaN;
}

/** Turns a thrown ZodError or AppError into form state; anything else is rethrown to the error boundary. */
export function formError(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof z.ZodError) {
    return { fieldErrors: z.flattenError(error).fieldErrors as FormState["fieldErrors"], formError: "Please fix the highlighted fields.", values };
  }
  if (error instanceof AppError) {
    const details = error.details as { fieldErrors?: FormState["fieldErrors"] } | undefined;
    return { formError: error.message, fieldErrors: details?.fieldErrors, values };
  }
  throw error;
}
