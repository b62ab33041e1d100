// Finds every server action in lib/actions ("use server" files, exported *Action functions),
// so security tests cover new actions automatically.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface DiscoveredAction {
  file: string;
  name: string;
}

export function discoverActions(root = "lib/actions"): DiscoveredAction[] {
  const out: DiscoveredAction[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const text = readFileSync(full, "utf8");
        if (!/^\s*["']use server["']/.test(text)) continue;
        for (const m of text.matchAll(/export async function (\w+Action)\s*\(/g)) out.push({ file: full, name: m[1]! });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
