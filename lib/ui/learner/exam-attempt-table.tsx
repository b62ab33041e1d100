// Every certification exam attempt the learner recorded (passes and fails are both kept).
import type { getCredentialLog } from "@/lib/data/learner/credential";
import { formatDate } from "@/lib/ui/format";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

type AttemptRow = Awaited<ReturnType<typeof getCredentialLog>>["attempts"][number];

const COLUMNS: DataColumn<AttemptRow>[] = [
  { key: "date", header: "Date", cell: (a) => formatDate(a.takenOn), cellClassName: "font-normal" },
  { key: "credential", header: "Credential", cell: (a) => a.credentialCode },
  {
    key: "result",
    header: "Result",
    cell: (a) => `${a.result === "PASSED" ? "Passed" : "Did not pass"}${a.scorePercent !== null ? ` (${a.scorePercent}%)` : ""}`,
  },
];

export function ExamAttemptTable({ attempts }: { attempts: AttemptRow[] }) {
  return (
    <div className="mt-4">
      <DataTable narrow="cards" columns={COLUMNS} rows={attempts} rowKey={(a) => a.id} caption="Your attempts" captionVisible />
    </div>
  );
}
