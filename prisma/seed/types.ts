import type { seedFoundation } from "../seed-demo";
export type FoundationSeed = Awaited<ReturnType<typeof seedFoundation>>;
