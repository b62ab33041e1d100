// First-load JavaScript per route (gzip), from Next's build diagnostics.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export function firstLoadJs(): { route: string; gzipKb: number }[] {
  const file = ".next/diagnostics/route-bundle-stats.json";
  if (!existsSync(file)) return [];
  const stats = JSON.parse(readFileSync(file, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const cache = new Map<string, number>();
  const size = (p: string) => {
    if (!cache.has(p)) cache.set(p, existsSync(p) ? gzipSync(readFileSync(p)).length : 0);
    return cache.get(p)!;
  };
  return stats
    .map((s) => ({ route: s.route, gzipKb: Math.round(s.firstLoadChunkPaths.reduce((n, p) => n + size(p), 0) / 102.4) / 10 }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
