import { requirePermission } from "@/lib/auth/require-permission";
import { AppShell } from "@/lib/ui/app-shell/app-shell";
import { navIconSet } from "@/lib/ui/app-shell/nav-icons";
import { LEARNER_NAV } from "@/lib/ui/learner-nav/learner-nav-config";

const icons = navIconSet(LEARNER_NAV.groups.flatMap((g) => g.items.map((i) => i.icon)));

// Every learner page needs the learner role. Refusing here, in the layout, keeps the refusal a
// real 404: the pages' loading.tsx start streaming (status 200) before a page's own guard runs.
export default async function LearnerLayout({ children }: { children: React.ReactNode }) {
  await requirePermission("read:learner-area:own");
  return (
    <AppShell nav={LEARNER_NAV} icons={icons} shortcutsLabel="Learner shortcuts">
      {children}
    </AppShell>
  );
}
