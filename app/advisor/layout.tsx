import { getCurrentUser } from "@/lib/auth/current-user";
import { navIconSet } from "@/lib/ui/app-shell/nav-icons";
import { ADVISOR_NAV } from "@/lib/ui/staff-nav/advisor-nav-config";
import { PROGRAM_NAV_ICONS } from "@/lib/ui/staff-nav/program-nav-config";
import { AdvisorShell, ProgramShell } from "@/lib/ui/staff-nav/staff-shells";

// Program admins open learner drill-downs here too (/advisor/learners/…) without holding the
// advisor role: they get their own shell, whose links they can all open.
export default async function AdvisorLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (user && !user.roles.includes("advisor") && user.roles.includes("admin")) {
    return (
      <ProgramShell defaultOrgId={user.adminOrgIds[0] ?? null} icons={navIconSet(PROGRAM_NAV_ICONS)}>
        {children}
      </ProgramShell>
    );
  }
  return <AdvisorShell icons={navIconSet(ADVISOR_NAV.groups.flatMap((g) => g.items.map((i) => i.icon)))}>{children}</AdvisorShell>;
}
