// How an enrollment's status reads on staff pages: a badge with the words (never colour alone).
import { Badge } from "@/lib/ui/primitives/badge";
import type { BadgeTone } from "@/lib/ui/primitives/badge-variants";
import { STATUS_LABEL } from "@/lib/domain/enrollment-changes";
import type { EnrollmentStatus } from "@/lib/domain/outcome-records";

const TONE: Record<EnrollmentStatus, BadgeTone> = { ENROLLED: "info", COMPLETED: "success", WITHDRAWN: "warning", TRANSFERRED: "neutral" };

export function EnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  return <Badge tone={TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}
