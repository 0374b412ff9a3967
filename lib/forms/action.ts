import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "../auth/current-actor";
import { createActions } from "./create-actions";
import { safeRedirectPath } from "./safe-redirect";

/** The page the action was called from (its POST carries it as Referer), where signing in sends the user back. */
async function callingPage(): Promise<string> {
  const referer = (await headers()).get("referer");
  if (!referer || !URL.canParse(referer)) return "/";
  const url = new URL(referer);
  return safeRedirectPath(`${url.pathname}${url.search}`);
}

/**
 * Every server action goes through `action` (buttons) or `formAction` (forms) — see create-actions.ts:
 * `export const cancelBookingAction = action({ permission: "bookings:cancel_own", args: [Id] }, async ({ actor, args: [id] }) => …)`.
 */
export const { action, formAction } = createActions({
  requireActor: async (permission) => requireActor(await callingPage(), permission),
  revalidatePath: (path, type) => revalidatePath(path, type),
  redirect: (url) => redirect(url),
});

/** A record id bound into an action by the page. */
export const Id = z.string().min(1).max(255);
