"use client";

import { type RefObject, useEffect } from "react";
import type { FormState } from "@/lib/forms/form-state";

/**
 * After a submit that came back with errors, moves the focus to what to fix, so keyboard and screen-reader users land
 * there instead of on the submit button: the first field marked invalid (in page order), or — when the answer has
 * only a form-level error (e.g. "Email or password is incorrect") — the form's alert. Runs once per answer: the action
 * returns a new state object each time.
 */
export function useFocusFirstError(
  form: RefObject<HTMLFormElement | null>,
  state: Pick<FormState, "fieldErrors" | "formError">,
) {
  useEffect(() => {
    const invalid = state.fieldErrors ? form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    const target = invalid ?? (state.formError ? form.current?.querySelector<HTMLElement>('[role="alert"]') : null);
    target?.focus();
  }, [form, state]);
}
