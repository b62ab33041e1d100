// The program-admin area's navigation. Pages of one program need its id: the program in the
// URL, else the admin's first program (most admins run one), so no query is needed to build
// it. Labels differ from the page buttons ("New cohort", "Outcomes") on purpose: the shell
// sits beside them and a link name should say where it goes, not repeat a button.
import type { NavConfig, NavGroup } from "@/lib/ui/app-shell/nav-model";
import type { NavIconName } from "@/lib/ui/app-shell/nav-icons";

/** Every icon programNav can use, for the server layout to render. */
export const PROGRAM_NAV_ICONS: NavIconName[] = ["programs", "add", "roster", "import", "outcomes", "report"];

const ORG_PATH = /^\/programs\/([^/]+)/;

export function programOrgId(pathname: string, fallback: string | null): string | null {
  const id = ORG_PATH.exec(pathname)?.[1];
  return id && id !== "new" ? id : fallback;
}

export function programOrgGroup(orgId: string, label = "This program"): NavGroup {
  const base = `/programs/${orgId}`;
  return {
    id: `org-${orgId}`,
    label,
    items: [
      { href: base, label: "Cohorts & staff", icon: "roster" },
      { href: `${base}/cohorts/new`, label: "Add a cohort", icon: "add" },
      { href: `${base}/import`, label: "Import learners", icon: "import" },
      { href: `${base}/outcomes`, label: "Program outcomes", icon: "outcomes" },
      { href: `${base}/enrollments`, label: "Enrollment records", icon: "report" },
      { href: `${base}/outcomes/standards`, label: "Accreditor reports", icon: "outcomes" },
    ],
  };
}

export function programNav(orgId: string | null): NavConfig {
  const home: NavGroup = {
    id: "programs",
    label: "Programs",
    items: [
      { href: "/programs", label: "Your programs", icon: "programs" },
      { href: "/programs/new", label: "Create a program", icon: "add" },
    ],
  };
  if (!orgId) return { label: "Program admin sections", groups: [home], primary: ["/programs", "/programs/new"] };
  const base = `/programs/${orgId}`;
  return {
    label: "Program admin sections",
    groups: [home, programOrgGroup(orgId)],
    primary: ["/programs", base, `${base}/import`, `${base}/outcomes`],
  };
}
