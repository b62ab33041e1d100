import { getCurrentUser } from "@/lib/auth/current-user";
import { AdvisorShell, ProgramShell } from "@/lib/ui/staff-nav/staff-shells";

// Program admins open learner drill-downs here too (/advisor/learners/…) without holding the
// advisor role: they get their own shell, whose links they can all open.
export default async function AdvisorLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (user && !user.roles.includes("advisor") && user.roles.includes("admin")) {
    return <ProgramShell defaultOrgId={user.adminOrgIds[0] ?? null}>{children}</ProgramShell>;
  }
  return <AdvisorShell>{children}</AdvisorShell>;
}
