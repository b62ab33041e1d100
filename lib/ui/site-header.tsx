// Role-aware navigation: shows only the areas the signed-in person holds (read from the
// database each request), an account link and sign-out; in demo mode, the demo notice.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AREAS } from "@/lib/auth/permissions";
import { SignOutButton } from "@/lib/ui/sign-out-button";
import { DemoModeNotice } from "@/lib/ui/demo-mode-notice";
import { env } from "@/lib/env";
import { PaletteTrigger } from "@/lib/ui/command-palette/palette-trigger";
import { sectionsFromNav, type PaletteSection } from "@/lib/ui/command-palette/palette-model";
import { LEARNER_NAV } from "@/lib/ui/learner-nav/learner-nav-config";
import { ADVISOR_NAV } from "@/lib/ui/staff-nav/advisor-nav-config";
import { programNav } from "@/lib/ui/staff-nav/program-nav-config";
import type { CurrentUser } from "@/lib/auth/current-user";

// The pages the palette offers: each held area's navigation (the programs' own pages arrive
// with the palette's fetch, named), then the account page everyone has.
function paletteSections(user: CurrentUser): PaletteSection[] {
  const several = (["learner", "advisor", "admin"] as const).filter((r) => user.roles.includes(r)).length > 1;
  const sections: PaletteSection[] = [];
  if (user.roles.includes("learner")) sections.push(...sectionsFromNav(LEARNER_NAV, several ? "Learner" : undefined));
  if (user.roles.includes("advisor"))
    sections.push(
      ...sectionsFromNav({ ...ADVISOR_NAV, groups: ADVISOR_NAV.groups.filter((g) => g.id !== "you") }, several ? "Advisor" : undefined),
    );
  if (user.roles.includes("admin")) sections.push(...sectionsFromNav(programNav(null), several ? "Program admin" : undefined));
  sections.push({ heading: "You", entries: [{ href: "/account", label: "Account", keywords: ["settings", "password"] }] });
  return sections;
}

export async function SiteHeader() {
  const user = await getCurrentUser();
  const areas = user ? AREAS.filter((a) => user.roles.includes(a.role)) : [];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      {env().DEMO_MODE && <DemoModeNotice />}
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={user ? "/home" : "/"} className="mr-auto text-lg font-bold text-brand-700">
          Chartpath
        </Link>
        {user ? (
          <>
            {areas.length > 0 && (
              <ul className="flex flex-wrap gap-3 text-sm" aria-label="Areas">
                {areas.map((a) => (
                  <li key={a.role}>
                    <Link className="rounded px-2 py-1 font-medium text-slate-700 hover:bg-slate-100" href={a.href}>
                      {a.label}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <PaletteTrigger sections={paletteSections(user)} />
            <Link className="text-sm text-slate-700 hover:underline" href="/account">
              Account
            </Link>
            <SignOutButton />
          </>
        ) : (
          <>
            <Link className="text-sm font-medium text-slate-700 hover:underline" href="/sign-in">
              Sign in
            </Link>
            <Link className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800" href="/sign-up">
              Create account
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
