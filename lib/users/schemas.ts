import { z } from "zod";
import { text } from "../api/fields";

// Shared by the REST API, server actions and forms. Objects are strict: an unknown field is a validation error,
// so a typo in a client never silently does nothing.
const Email = z
  .string({ error: "Email is required" })
  .trim()
  .max(254, "Email is too long")
  .pipe(z.email({ error: "Enter a valid email address" }))
  .transform((e) => e.toLowerCase());

const Password = z
  .string({ error: "Password is required" })
  .min(8, "Password must be at least 8 characters")
  .max(128, "Password must be at most 128 characters");

const PersonName = text({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(100, "Name must be at most 100 characters");

const Phone = text()
  .trim()
  .max(32, "Phone number is too long")
  .regex(/^\+?[0-9 ()\-.]{6,}$/, "Enter a valid phone number, e.g. +1 555 010 2030");

export const RegisterInput = z.strictObject({
  email: Email,
  password: Password,
  name: PersonName,
  phone: Phone.optional(),
  role: z.enum(["traveller", "vendor"], { error: 'Role must be "traveller" or "vendor"' }).optional(),
});
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LoginInput = z.strictObject({
  email: Email,
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(128),
});
export type LoginInput = z.infer<typeof LoginInput>;

/** Forgot password: the address to send a reset link to. */
export const PasswordResetRequestInput = z.strictObject({ email: Email });
export type PasswordResetRequestInput = z.infer<typeof PasswordResetRequestInput>;

/** The token from the emailed link and the new password; whether the token works is the use case's answer. */
export const PasswordResetConfirmInput = z.strictObject({
  token: z
    .string({ error: "The reset token is required" })
    .trim()
    .min(1, "The reset token is required")
    .max(256, "The reset token is too long"),
  password: Password,
});
export type PasswordResetConfirmInput = z.infer<typeof PasswordResetConfirmInput>;

/** The reset page's form: the new password typed twice. */
export const ResetPasswordForm = z
  .strictObject({ ...PasswordResetConfirmInput.shape, confirmPassword: z.string({ error: "Repeat the password" }) })
  .refine((f) => f.password === f.confirmPassword, {
    path: ["confirmPassword"],
    error: "The passwords do not match",
  });

export const UpdateUserInput = z.strictObject({
  name: PersonName.optional(),
  // null or "" clears the phone number
  phone: z.union([Phone, z.literal("").transform(() => null), z.null()]).optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;
