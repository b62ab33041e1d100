// A card's stage as a small labelled chip; colour follows the pipeline but the word carries it.
import { stageChipLabel } from "@/lib/domain/application-board";
import type { ApplicationStage } from "@/lib/domain/applications";

const TONE: Partial<Record<ApplicationStage, string>> = {
  INTERVIEWING: "border-brand-600 bg-brand-50 text-brand-800",
  OFFER: "border-amber-600 bg-amber-50 text-amber-900",
  ACCEPTED: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-slate-400 bg-slate-100 text-slate-800",
  DECLINED: "border-slate-400 bg-slate-100 text-slate-800",
  WITHDRAWN: "border-slate-400 bg-slate-100 text-slate-800",
  GHOSTED: "border-slate-400 bg-slate-100 text-slate-800",
};

export function StageChip({ stage }: { stage: ApplicationStage }) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium ${TONE[stage] ?? "border-slate-300 bg-white text-slate-800"}`}
    >
      <span className="sr-only">Stage: </span>
      {stageChipLabel(stage)}
    </span>
  );
}
