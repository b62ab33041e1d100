import { AppShell } from "@/lib/ui/app-shell/app-shell";
import { LEARNER_NAV } from "@/lib/ui/learner-nav/learner-nav-config";

export default function LearnerLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppShell nav={LEARNER_NAV} shortcutsLabel="Learner shortcuts">
      {children}
    </AppShell>
  );
}
