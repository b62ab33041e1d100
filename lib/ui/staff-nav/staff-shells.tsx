"use client";
// The staff shells: the advisor's, and the program admin's, whose program-scoped links follow
// the program in the URL (a client component, so moving between programs needs no refetch).
import { usePathname } from "next/navigation";
import { AppShell } from "@/lib/ui/app-shell/app-shell";
import type { NavIconSet } from "@/lib/ui/app-shell/nav-icons";
import { ADVISOR_NAV } from "@/lib/ui/staff-nav/advisor-nav-config";
import { programNav, programOrgId } from "@/lib/ui/staff-nav/program-nav-config";

export function AdvisorShell({ icons, children }: { icons: NavIconSet; children: React.ReactNode }) {
  return (
    <AppShell nav={ADVISOR_NAV} icons={icons} shortcutsLabel="Advisor shortcuts">
      {children}
    </AppShell>
  );
}

export function ProgramShell({
  defaultOrgId,
  icons,
  children,
}: {
  defaultOrgId: string | null;
  icons: NavIconSet;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const orgId = programOrgId(pathname, defaultOrgId);
  return (
    <AppShell nav={programNav(orgId)} icons={icons} shortcutsLabel="Program admin shortcuts">
      {children}
    </AppShell>
  );
}
