import { AppShell } from "@/lib/ui/app-shell/app-shell";
import { navIconSet } from "@/lib/ui/app-shell/nav-icons";
import { LEARNER_NAV } from "@/lib/ui/learner-nav/learner-nav-config";

const icons = navIconSet(LEARNER_NAV.groups.flatMap((g) => g.items.map((i) => i.icon)));

export default function LearnerLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppShell nav={LEARNER_NAV} icons={icons} shortcutsLabel="Learner shortcuts">
      {children}
    </AppShell>
  );
}
