"use server";

import { revalidatePath } from "next/cache";
import type { AdminUpdateUserInput } from "@/lib/admin/schemas";
import { AdminUpdateUserInput as Input } from "@/lib/admin/schemas";
import { adminUpdateUser } from "@/lib/admin/update-user";
import { requireActor } from "@/lib/auth/current-actor";
import { type FormState, formError } from "@/lib/forms/form-state";

export async function updateUserAction(userId: string, change: AdminUpdateUserInput): Promise<FormState> {
  const actor = await requireActor(`/admin/users/${userId}`, "users:change_role");
  try {
    const user = await adminUpdateUser(actor, userId, Input.parse(change));
    revalidatePath(`/admin/users/${userId}`);
    revalidatePath("/admin/users");
    const what = change.role ? `is now a ${user.role}` : user.active ? "is active again" : "is deactivated";
    return { ok: true, message: `${user.name} ${what}.` };
  } catch (error) {
    return formError(error);
  }
}
