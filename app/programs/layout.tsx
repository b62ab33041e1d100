import { getCurrentUser } from "@/lib/auth/current-user";
import { navIconSet } from "@/lib/ui/app-shell/nav-icons";
import { PROGRAM_NAV_ICONS } from "@/lib/ui/staff-nav/program-nav-config";
import { ProgramShell } from "@/lib/ui/staff-nav/staff-shells";

// getCurrentUser is cached per request: the page's own guard reuses this read.
export default async function ProgramsLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <ProgramShell defaultOrgId={user?.adminOrgIds[0] ?? null} icons={navIconSet(PROGRAM_NAV_ICONS)}>
      {children}
    </ProgramShell>
  );
}
