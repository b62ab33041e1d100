import { getCurrentUser } from "@/lib/auth/current-user";
import { ProgramShell } from "@/lib/ui/staff-nav/staff-shells";

// getCurrentUser is cached per request: the page's own guard reuses this read.
export default async function ProgramsLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return <ProgramShell defaultOrgId={user?.adminOrgIds[0] ?? null}>{children}</ProgramShell>;
}
