// Delivery progress of one batch of invitation emails, polled by the import result
// (lib/ui/programs/delivery-progress.tsx) while the worker sends them. Read-only; 401 signed
// out; 404 for a malformed id, another program's batch, or anyone but the program's admins.
import { getCurrentUser } from "@/lib/auth/current-user";
import { batchProgress } from "@/lib/data/programs/delivery";
import { AccessDeniedError, NotFoundError } from "@/lib/data/errors";

export const dynamic = "force-dynamic";

const ID = /^[A-Za-z0-9_.-]{1,120}$/;
const headers = { "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string; batchId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401, headers });
  const { orgId, batchId } = await params;
  const notFound = () => Response.json({ error: "Not found." }, { status: 404, headers });
  if (!ID.test(orgId) || !ID.test(batchId)) return notFound();
  try {
    return Response.json(await batchProgress(user, orgId, batchId), { headers });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof AccessDeniedError) return notFound();
    throw error;
  }
}
