"use server";
// Sign-out. The session-version bump that ends the session everywhere happens in Auth.js's
// signOut event (lib/actions/auth/auth-js.ts), shared with /api/auth/signout.
import { z } from "zod";
import { signOut } from "@/lib/actions/auth/auth-js";
import { publicAction } from "@/lib/actions/action";

export const signOutAction = publicAction({ name: "signOutAction", schema: z.object({}) }, async () => {
  await signOut({ redirectTo: "/" });
  return null;
});
