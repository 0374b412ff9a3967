"use client";

import { type ComponentProps, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { useFocusFirstError } from "./use-focus-first-error";

/**
 * A `<form>` for a server action's state: when an answer comes back with errors, the focus moves to the first invalid
 * field, or to the form's alert when only the form as a whole failed, so keyboard and screen-reader users land on
 * what to fix (not on the submit button, or on nothing when the form re-mounts to keep its values).
 */
export function ActionForm({
  state,
  ...props
}: ComponentProps<"form"> & { state: Pick<FormState, "fieldErrors" | "formError"> }) {
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  return <form ref={form} {...props} />;
}
