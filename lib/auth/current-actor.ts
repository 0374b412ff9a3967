import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "./actor";
import { loadActiveActor } from "./load-actor";
import { auth } from "./next-auth";
import { can, type Permission } from "./permissions";

/** The signed-in user of this request (once per render), or null. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return session?.user?.id ? loadActiveActor(session.user.id) : null;
});

/** For pages and server actions: sends a signed-out visitor to the login page and back afterwards. */
export async function requireActor(returnTo: string, permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (permission && !can(actor.role, permission)) redirect("/?denied=1");
  return actor;
}
