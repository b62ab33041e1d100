// The advisor area's navigation: the roster (the drill-down pages sit under it) and account.
import type { NavConfig } from "@/lib/ui/app-shell/nav-model";

export const ADVISOR_NAV: NavConfig = {
  label: "Advisor sections",
  groups: [
    { id: "caseload", label: "Caseload", items: [{ href: "/advisor", label: "Roster", icon: "roster" }] },
    { id: "you", label: "You", items: [{ href: "/account", label: "Account", icon: "privacy" }] },
  ],
  primary: ["/advisor", "/account"],
};
