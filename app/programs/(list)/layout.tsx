// Refuses people without the role here, in the layout, so the refusal is a real 404: the
// page's loading.tsx starts streaming (status 200) before a guard inside the page could run.
import { requirePermission } from "@/lib/auth/require-permission";

export default async function ProgramListGuard({ children }: { children: React.ReactNode }) {
  await requirePermission("read:program-area:org");
  return children;
}
