// The data table in both narrow modes for the /design gallery: cards (a card per row on a
// phone) and scroll (its own focusable box with the first column sticky).
import { Badge } from "@/lib/ui/primitives/badge";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

interface DemoRow {
  id: string;
  learner: string;
  cohort: string;
  plan: string;
  practice: number;
  lastActive: string;
  exam: string;
  tier: "danger" | "warning" | "success";
}

const ROWS: DemoRow[] = [
  {
    id: "1",
    learner: "Avery Stone",
    cohort: "Coding — Spring",
    plan: "9 of 21 done",
    practice: 61,
    lastActive: "Dec 1",
    exam: "Dec 24",
    tier: "danger",
  },
  {
    id: "2",
    learner: "Jun Park",
    cohort: "Billing — Fall",
    plan: "14 of 22 done",
    practice: 72,
    lastActive: "Nov 30",
    exam: "not scheduled",
    tier: "warning",
  },
  {
    id: "3",
    learner: "Maya Ortiz",
    cohort: "Coding — Spring",
    plan: "18 of 21 done",
    practice: 81,
    lastActive: "Dec 3",
    exam: "passed",
    tier: "success",
  },
];
const TIER = { danger: "High risk", warning: "Watch", success: "On track" } as const;

const COLUMNS: DataColumn<DemoRow>[] = [
  { key: "learner", header: "Learner", cell: (r) => r.learner },
  { key: "risk", header: "Risk", cell: (r) => <Badge tone={r.tier}>{TIER[r.tier]}</Badge> },
  { key: "cohort", header: "Cohort", cell: (r) => r.cohort },
  { key: "plan", header: "Plan", cell: (r) => r.plan },
  { key: "practice", header: "Practice avg", cell: (r) => `${r.practice}%`, align: "right" },
  { key: "active", header: "Last active", cell: (r) => r.lastActive },
  { key: "exam", header: "Exam", cell: (r) => r.exam },
];

export function TableDemo() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h3 className="font-semibold">narrow=&quot;cards&quot;</h3>
        <DataTable narrow="cards" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} caption="Example learners, a card each on a phone" />
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">narrow=&quot;scroll&quot;</h3>
        <DataTable
          narrow="scroll"
          label="Example learners, scrolls sideways"
          minWidth="48rem"
          columns={COLUMNS}
          rows={ROWS}
          rowKey={(r) => r.id}
          caption="Example learners in a box that scrolls, the learner column sticky"
          captionVisible
        />
      </div>
    </div>
  );
}
