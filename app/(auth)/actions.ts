"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { currentActor } from "@/lib/auth/current-actor";
import { endBrowserSessions } from "@/lib/auth/end-sessions";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { AppError } from "@/lib/errors";
import { type FormState, formError, formValues } from "@/lib/forms/form-state";
import { safeRedirectPath } from "@/lib/forms/safe-redirect";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { limitRegistration } from "@/lib/rate-limit/limits";
import { PASSWORD_RESET_SENT } from "@/lib/users/password-reset-token";
import { registerUser } from "@/lib/users/register-user";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resetPassword } from "@/lib/users/reset-password";
import { LoginInput, PasswordResetRequestInput, RegisterInput, ResetPasswordForm } from "@/lib/users/schemas";

// The only server actions outside lib/forms/action.ts: they run before there is an actor to check (a forgotten
// password included), Auth.js's
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
    // back to where the visitor was before signing up (a trip, a booking), else the new account's welcome
    redirectTo: safeRedirectPath(formData.get("callbackUrl"), "/account?welcome=1"),
  });
  return {};
}

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = PasswordResetRequestInput.safeParse({ email: formData.get("email") });
  if (!parsed.success) return formError(parsed.error, values);
  try {
    await requestPasswordReset({ email: parsed.data.email, ip: clientIp({ headers: await headers() }) });
  } catch (error) {
    return formError(error, values);
  }
  // the same answer for every email: whether an account exists is not for this page to say
  return { ok: true, message: PASSWORD_RESET_SENT, values };
}

export type ResetPasswordState = FormState<{ invalidToken: boolean }>;

export async function resetPasswordAction(_prev: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const parsed = ResetPasswordForm.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return formError(parsed.error);
  try {
    await resetPassword({ token: parsed.data.token, password: parsed.data.password });
  } catch (error) {
    // the form shows a link to request a new email next to this message
    if (error instanceof AppError && error.code === "invalid_token")
      return { formError: error.message, data: { invalidToken: true } };
    return formError(error);
  }
  // every session ended, this browser's too: the user logs in with the new password
  redirect("/login?reset=1");
}

export async function logoutAction() {
  const actor = await currentActor();
  // ends this user's sessions in every browser, not only this cookie
  if (actor) await endBrowserSessions(actor.id);
  await signOut({ redirectTo: "/" });
}
