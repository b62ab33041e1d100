// A learner's saved fit-quiz attempts, newest first.
import type { listFitAttempts } from "@/lib/data/learner/fit-quiz";
import { confidenceLabel } from "@/lib/domain/fit-quiz";
import { formatDate } from "@/lib/ui/format";
import { CONFIDENCE_LABELS, RECOMMENDATION_LABELS } from "@/lib/ui/learner/labels";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

type AttemptRow = Awaited<ReturnType<typeof listFitAttempts>>[number];

const COLUMNS: DataColumn<AttemptRow>[] = [
  { key: "date", header: "Date", cell: (a) => formatDate(a.createdAt), cellClassName: "font-normal" },
  { key: "recommendation", header: "Recommendation", cell: (a) => RECOMMENDATION_LABELS[a.recommendation] },
  { key: "clarity", header: "How clear", cell: (a) => CONFIDENCE_LABELS[confidenceLabel(a.confidence)] },
];

export function FitAttemptTable({ attempts }: { attempts: AttemptRow[] }) {
  return <DataTable narrow="cards" columns={COLUMNS} rows={attempts} rowKey={(a) => a.id} caption="Fit quiz attempts, newest first" />;
}
