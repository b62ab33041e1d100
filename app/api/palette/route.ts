// Entries for the command palette (lib/ui/command-palette), fetched when it opens so page
// loads never pay for them: 401 signed out; otherwise only what the actor's roles allow.
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPaletteEntries } from "@/lib/data/palette";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json(await getPaletteEntries(user), { headers: { "Cache-Control": "no-store" } });
}
