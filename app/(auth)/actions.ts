"use server";

import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { currentActor } from "@/lib/auth/current-actor";
import { endBrowserSessions } from "@/lib/auth/end-sessions";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { type FormState, formError, formValues } from "@/lib/forms/form-state";
import { safeRedirectPath } from "@/lib/forms/safe-redirect";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { limitRegistration } from "@/lib/rate-limit/limits";
import { registerUser } from "@/lib/users/register-user";
import { LoginInput, RegisterInput } from "@/lib/users/schemas";

// The only server actions outside lib/forms/action.ts: they run before there is an actor to check, Auth.js's
// signIn answers by throwing (a redirect on success, an AuthError whose code picks the message on failure), and a
// sign-up counts against the per-IP limit before its form is parsed, like POST /api/v1/auth/register. They share
// the wrapper's form helpers (formValues, formError) so their answers have the same shape.

export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = LoginInput.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return formError(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js' own errors mean the credentials were rejected
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { formError: "Too many failed sign-in attempts. Please wait a while and try again.", values };
    }
    if (error instanceof CredentialsSignin && error.code === "service_unavailable") {
      return { formError: "Signing in is temporarily unavailable. Please try again in a moment.", values };
    }
    if (error instanceof AuthError) return { formError: "Email or password is incorrect.", values };
    throw error;
  }
  return {};
}

export async function registerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "name", "phone", "role"]);
  // the same per-IP sign-up limit as POST /api/v1/auth/register, counted for every attempt
  try {
    await limitRegistration(clientIp({ headers: await headers() }));
  } catch (error) {
    return formError(error, values);
  }
  const parsed = RegisterInput.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    name: formData.get("name"),
    phone: (formData.get("phone") as string | null) || undefined,
    role: formData.get("role") ?? undefined,
  });
  if (!parsed.success) return formError(parsed.error, values);
  try {
    await registerUser(parsed.data);
  } catch (error) {
    return formError(error, values);
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: "/account?welcome=1",
  });
  return {};
}

export async function logoutAction() {
  const actor = await currentActor();
  // ends this user's sessions in every browser, not only this cookie
  if (actor) await endBrowserSessions(actor.id);
  await signOut({ redirectTo: "/" });
}
