"use client";
// The staff shells: the advisor's, and the program admin's, whose program-scoped links follow
// the program in the URL (a client component, so moving between programs needs no refetch).
import { usePathname } from "next/navigation";
import { AppShell } from "@/lib/ui/app-shell/app-shell";
import { ADVISOR_NAV } from "@/lib/ui/staff-nav/advisor-nav-config";
import { programNav, programOrgId } from "@/lib/ui/staff-nav/program-nav-config";

export function AdvisorShell({ children }: { children: React.ReactNode }) {
  return (
    <AppShell nav={ADVISOR_NAV} shortcutsLabel="Advisor shortcuts">
      {children}
    </AppShell>
  );
}

export function ProgramShell({ defaultOrgId, children }: { defaultOrgId: string | null; children: React.ReactNode }) {
  const pathname = usePathname();
  const orgId = programOrgId(pathname, defaultOrgId);
  return (
    <AppShell nav={programNav(orgId)} shortcutsLabel="Program admin shortcuts">
      {children}
    </AppShell>
  );
}
