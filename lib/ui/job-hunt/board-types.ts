// What the server hands the client board for each card: display-ready, no Dates.
import type { ApplicationStage } from "@/lib/domain/applications";

export interface BoardCard {
  id: string;
  company: string;
  title: string;
  stage: ApplicationStage;
  /** "Remote · match 82" */
  meta: string;
  followUp: { text: string; tone: "overdue" | "today" | "later" } | null;
}
