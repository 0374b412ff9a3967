import { z } from "zod";
import { AppError } from "../errors";
import { decimalToMinor } from "../money/decimal";

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * What a server action returns to its form: field errors next to fields, one message for the form, and `data` when
 * the action answers with something to show (a refund preview).
 */
export interface FormState<D = never> {
  ok?: boolean;
  message?: string;
  formError?: string;
  fieldErrors?: FieldErrors;
  /** the submitted values, so a failed submit keeps what the user typed */
  values?: Record<string, string>;
  data?: D;
}

/** The form-level message when a field is wrong: the field itself says what. */
export const FIX_FIELDS = "Please fix the highlighted fields.";

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

/**
 * A form field holding an amount as people write it ("420.50" dollars, "5000" yen) → minor units of the currency;
 * undefined when empty or missing, null when it cannot be read (the action says how to write it).
 */
export function formMoney(value: string | undefined, currency: string): number | null | undefined {
  if (!value?.trim()) return undefined;
  return decimalToMinor(value, currency);
}

/** Turns a thrown ZodError or AppError into form state; anything else is rethrown to the error boundary. */
export function formError(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof z.ZodError) {
    const { formErrors, fieldErrors } = z.flattenError(error);
    // an issue about the whole payload (an unknown field) has no field to sit next to
    return { fieldErrors: fieldErrors as FieldErrors, formError: formErrors[0] ?? FIX_FIELDS, values };
  }
  if (error instanceof AppError) {
    const details = error.details as { fieldErrors?: FieldErrors } | undefined;
    return { formError: error.message, fieldErrors: details?.fieldErrors, values };
  }
  throw error;
}
