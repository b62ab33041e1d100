// One line about apprentice removal for the dashboard's credential card (learner and advisor
// alike): the closest route, its progress and the earliest date at the current pace. Plain
// text so the client dashboard can render it without extra markup or imports.
import type { ApprenticeOutlook, RouteOutlook } from "@/lib/domain/experience-progress";
import { formatDate } from "@/lib/ui/format";

export function routeWhen(r: RouteOutlook): string {
  if (r.met) return "met";
  return r.earliestOn ? `earliest ${formatDate(r.earliestOn)} at the current pace` : "no date yet at the current pace";
}

export function apprenticeLine(o: ApprenticeOutlook & { credentialCode: string }): string {
  const months = `${o.months} qualifying month${o.months === 1 ? "" : "s"} logged`;
  const head = `Removing ${o.credentialCode}-A`;
  if (o.anyMet) return `${head}: “${o.best.label}” is met (${months}).`;
  return `${head}: closest is “${o.best.label}” (${Math.round(o.best.progress * 100)}%), ${routeWhen(o.best)}; ${months}.`;
}
