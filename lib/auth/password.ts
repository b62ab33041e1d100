// Password policy and hashing (argon2id, OWASP-recommended parameters).
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

export const newPasswordSchema = z
  .string({ message: "Enter a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
  .refine((p) => !isCommonPassword(p), "This password is too common; choose something less guessable");

const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id (const enum, inlined for isolatedModules) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps timing similar for
// unknown emails and wrong passwords (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("chartpath-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
