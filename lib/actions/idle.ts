// The initial state for useActionState (importable from client components).
import type { ActionState } from "@/lib/actions/action";
export const idle: ActionState<never> = { status: "idle" };
