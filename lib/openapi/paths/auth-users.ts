import { z } from "zod";
import {
  LoginInput,
  PasswordResetConfirmInput,
  PasswordResetRequestInput,
  RegisterInput,
  UpdateUserInput,
} from "../../users/schemas";
import { UserDto } from "../../users/user-dto";
import { defineOperations } from "../operation";

const TokenResponse = z.object({
  user: UserDto,
  token: z.string().describe("Send as `Authorization: Bearer <token>`"),
  expiresAt: z.iso.datetime().describe("The token stops working at this time (one hour)"),
});
const UserResponse = z.object({ user: UserDto });
const PasswordResetAccepted = z.object({
  message: z.string().describe("The same sentence whether or not an account exists for the email"),
});

export const authUserOperations = defineOperations([
  {
    method: "post",
    path: "/api/v1/auth/register",
    summary: "Create an account and get a bearer token",
    access: "public",
    who: "anyone",
    body: RegisterInput,
    responses: { 201: { description: "The account and its token", schema: TokenResponse } },
    errors: [409],
  },
  {
    method: "post",
    path: "/api/v1/auth/login",
    summary: "Exchange email and password for a bearer token",
    description: "Five failures lock the account for a while (429 even with the right password).",
    access: "public",
    who: "anyone",
    body: LoginInput,
    responses: { 200: { description: "The user and a token valid for one hour", schema: TokenResponse } },
    errors: [401],
  },
  {
    method: "post",
    path: "/api/v1/auth/logout",
    summary: "Revoke the bearer token (or end every browser session)",
    access: "bearer",
    who: "authenticated",
    responses: { 204: { description: "Revoked" } },
  },
  {
    method: "post",
    path: "/api/v1/auth/password-reset",
    summary: "Email a password-reset link",
    description:
      "Sends a single-use link to `/reset-password?token=…`, valid for one hour, if an active account has this email. The answer is the same 202 either way, so it does not reveal which emails have accounts. Limited to 20 requests an hour per IP and 5 per email.",
    access: "public",
    who: "anyone",
    body: PasswordResetRequestInput,
    responses: { 202: { description: "Accepted (whether or not the account exists)", schema: PasswordResetAccepted } },
  },
  {
    method: "post",
    path: "/api/v1/auth/password-reset/confirm",
    summary: "Set a new password with a reset token",
    description:
      "The `token` is the `token` parameter of the emailed link. It works once and for one hour; using it ends every browser session and revokes every bearer token of the account. An unknown, used or expired token is a 400 `invalid_token`.",
    access: "public",
    who: "anyone holding a reset token",
    body: PasswordResetConfirmInput,
    responses: { 204: { description: "The password is changed; log in again" } },
  },
  {
    method: "get",
    path: "/api/v1/users/{id}",
    summary: "Read a profile",
    access: "bearer",
    who: "self or admin (others get 404)",
    responses: { 200: { description: "The user", schema: UserResponse } },
  },
  {
    method: "put",
    path: "/api/v1/users/{id}",
    summary: "Edit a profile",
    access: "bearer",
    who: "self or admin",
    body: UpdateUserInput,
    responses: { 200: { description: "The updated user", schema: UserResponse } },
  },
  {
    method: "delete",
    path: "/api/v1/users/{id}",
    summary: "Deactivate an account",
    access: "bearer",
    who: "self or admin",
    responses: { 204: { description: "Deactivated; a self-deactivation also revokes the token" } },
  },
]);
