// Finds every server action in lib/actions ("use server" files) and asks each export what it
// declared (lib/actions/action.ts `actionAccess`), so the access matrix is generated from the
// actions themselves and a new action is covered (or the suite fails) without a hand-kept list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { actionAccess, type ActionAccess, type ServerAction } from "@/lib/actions/action";

export interface DiscoveredAction {
  file: string;
  name: string;
  /** Undefined when the export was not built with userAction/publicAction (the suite fails). */
  access: ActionAccess | undefined;
  run: ServerAction<unknown>;
}

export function serverActionFiles(root = "lib/actions"): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")))
    .sort();
}

export async function discoverActions(root = "lib/actions"): Promise<DiscoveredAction[]> {
  const out: DiscoveredAction[] = [];
  for (const file of serverActionFiles(root)) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      out.push({ file, name, access: actionAccess(value), run: value as ServerAction<unknown> });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
