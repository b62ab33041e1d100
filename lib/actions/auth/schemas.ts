// Input schemas for the account forms (shared by the forms' hints and the actions).
import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password";

export const emailSchema = z
  .string({ message: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .email("Enter a valid email address");

// A path on this site only ("//x" and "/\\x" are other hosts), without control characters:
// the value becomes the Location header, where CR, LF or NUL make Node throw (a 500).
const SAME_SITE_PATH = /^\/(?![/\\])[^\u0000-\u001F\u007F]*$/;
const safeCallback = z
  .string()
  .max(500)
  .optional()
  .transform((v) => (v && SAME_SITE_PATH.test(v) ? v : undefined));

export const signInFormSchema = z.object({
  email: emailSchema,
  password: z.string({ message: "Enter your password" }).min(1, "Enter your password").max(1024, "That password is too long"),
  callbackUrl: safeCallback,
});

export const signUpFormSchema = z.object({
  name: z.string({ message: "Enter your name" }).trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
  email: emailSchema,
  password: newPasswordSchema,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resendSignUpSchema = z.object({ email: emailSchema });

export const tokenSchema = z
  .string({ message: "This link is invalid" })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This link is invalid, expired or already used. Request a new one.");

export const resetPasswordSchema = z.object({ token: tokenSchema, password: newPasswordSchema });

// The password chosen at sign-up, proved again at confirmation (lib/data/accounts.ts).
export const confirmSignUpSchema = z.object({
  token: tokenSchema,
  password: z
    .string({ message: "Enter the password you chose" })
    .min(1, "Enter the password you chose")
    .max(1024, "That password is too long"),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(1024),
  newPassword: newPasswordSchema,
});
