// The icons navigation entries may name. Entries carry a name (plain data that crosses the
// server → client boundary); this map turns it into a lucide icon, imported one by one so
// only these ship.
import {
  Award,
  BarChart3,
  BookOpen,
  Briefcase,
  ClipboardList,
  Compass,
  FilePlus,
  FileText,
  FolderOpen,
  Home,
  Laptop,
  LayoutDashboard,
  LineChart,
  ListChecks,
  Route,
  School,
  ShieldCheck,
  Sparkles,
  Target,
  Upload,
  Users,
  type LucideIcon,
} from "lucide-react";

export const NAV_ICONS = {
  home: Home,
  dashboard: LayoutDashboard,
  path: Route,
  programs: School,
  plan: ListChecks,
  practice: BookOpen,
  credential: Award,
  growth: LineChart,
  resume: FileText,
  match: Target,
  applications: Briefcase,
  remote: Laptop,
  portfolio: FolderOpen,
  report: ClipboardList,
  job: Sparkles,
  privacy: ShieldCheck,
  roster: Users,
  compass: Compass,
  outcomes: BarChart3,
  import: Upload,
  add: FilePlus,
} satisfies Record<string, LucideIcon>;

export type NavIconName = keyof typeof NAV_ICONS;

export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  const Icon = NAV_ICONS[name];
  return <Icon aria-hidden="true" focusable="false" className={className ?? "size-4 shrink-0"} />;
}
