"use client";

import { type RefObject, useEffect } from "react";
import type { FormState } from "@/lib/forms/form-state";

/**
 * After a submit that came back with field errors, moves focus to the first field marked invalid (in page order), so
 * keyboard and screen-reader users land on what to fix instead of on the submit button. Runs once per answer: the
 * action returns a new state object each time.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, state: Pick<FormState, "fieldErrors">) {
  useEffect(() => {
    if (!state.fieldErrors) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, state]);
}
