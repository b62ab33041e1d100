// The learner's practice exams, newest first, with score, pace and a confirmed Delete; a card
// per exam on a phone.
import type { getPracticeLogs } from "@/lib/data/learner/practice";
import { deletePracticeExamAction } from "@/lib/actions/learner/delete-practice-exam";
import { scorePracticeExam } from "@/lib/domain/practice-exams";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { formatDate } from "@/lib/ui/format";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

type PracticeExamRow = Awaited<ReturnType<typeof getPracticeLogs>>["exams"][number];

const COLUMNS: DataColumn<PracticeExamRow>[] = [
  { key: "date", header: "Date", cell: (e) => formatDate(e.date), cellClassName: "font-normal" },
  { key: "credential", header: "Credential", cell: (e) => e.credentialCode },
  {
    key: "score",
    header: "Score",
    cell: (e) => {
      const s = scorePracticeExam(e);
      return `${e.correct}/${e.questions} (${s.ok ? `${s.value.scorePercent}%` : "—"})${s.ok ? (s.value.passed ? " · above the bar" : " · under the bar") : ""}`;
    },
  },
  {
    key: "pace",
    header: "Pace",
    long: true,
    cell: (e) => {
      const s = scorePracticeExam(e);
      return s.ok ? s.value.paceMessage : "";
    },
  },
  {
    key: "actions",
    header: <span className="sr-only">Actions</span>,
    label: "Actions",
    headerClassName: "no-print",
    cellClassName: "no-print",
    cell: (e) => (
      <ActionButton
        action={deletePracticeExamAction}
        fields={{ id: e.id }}
        label="Delete"
        context={`practice exam of ${formatDate(e.date)}`}
        confirm={{
          title: "Delete this practice exam?",
          description: `The exam of ${formatDate(e.date)} leaves your trend and readiness. This cannot be undone.`,
        }}
      />
    ),
  },
];

export function PracticeExamTable({ exams }: { exams: PracticeExamRow[] }) {
  return <DataTable narrow="cards" columns={COLUMNS} rows={exams} rowKey={(e) => e.id} caption="Practice exams, newest first" />;
}
