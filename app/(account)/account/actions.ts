"use server";

import { formAction } from "@/lib/forms/action";
import { UpdateUserInput } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";

export const updateAccountAction = formAction(
  // the name shows in the header on every page
  {
    permission: "profile:update",
    args: [],
    fields: ["name", "phone"],
    schema: UpdateUserInput,
    revalidate: [{ layout: "/" }],
  },
  async ({ actor, input, values }) => {
    await updateUser(actor, actor.id, input);
    return { ok: true, message: "Your details were saved.", values };
  },
);
