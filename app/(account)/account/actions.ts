"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { type FormState, formError, formValues } from "@/lib/forms/form-state";
import { UpdateUserInput } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";

export async function updateAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("/account");
  const values = formValues(formData, ["name", "phone"]);
  const parsed = UpdateUserInput.safeParse(values);
  if (!parsed.success) return formError(parsed.error, values);
  try {
    await updateUser(actor, actor.id, parsed.data);
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Your details were saved.", values };
}
