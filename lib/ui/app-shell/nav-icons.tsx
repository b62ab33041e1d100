// The icons navigation entries may name. Entries carry a name (plain data); a server layout
// renders the icons its navigation uses (navIconSet) and hands the elements to the client
// shell, so the SVGs travel as markup and lucide's components never enter the client bundle.
import {
  Award,
  BarChart3,
  BookOpen,
  Briefcase,
  CalendarClock,
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
  experience: CalendarClock,
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

export type NavIconSet = Partial<Record<NavIconName, React.ReactNode>>;

/** The icons of every entry in `names`, rendered (call from a server component). */
export function navIconSet(names: readonly NavIconName[]): NavIconSet {
  return Object.fromEntries(
    names.map((name) => {
      const Icon = NAV_ICONS[name];
      return [name, <Icon key={name} aria-hidden="true" focusable="false" className="size-full" />];
    }),
  );
}
