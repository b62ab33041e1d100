"use client";
import { useActionState } from "react";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { idle } from "@/lib/actions/idle";

export function SignOutButton() {
  const [, action, pending] = useActionState(signOutAction, idle);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="text-sm text-slate-700 hover:underline">
        {pending ? "Signing out…" : "Sign out"}
      </button>
    </form>
  );
}
