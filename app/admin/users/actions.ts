"use server";

import { AdminUpdateUserInput } from "@/lib/admin/schemas";
import { adminUpdateUser } from "@/lib/admin/update-user";
import { Id, action } from "@/lib/forms/action";

/** Change a user's role, or deactivate / reactivate them, from the admin's user page (behind a confirmation). */
export const updateUserAction = action(
  {
    permission: "users:change_role",
    args: [Id, AdminUpdateUserInput],
    revalidate: (userId) => [`/admin/users/${userId}`, "/admin/users"],
  },
  async ({ actor, args: [userId, change] }) => {
    const user = await adminUpdateUser(actor, userId, change);
    const what = change.role ? `is now a ${user.role}` : user.active ? "is active again" : "is deactivated";
    return { ok: true, message: `${user.name} ${what}.` };
  },
);
