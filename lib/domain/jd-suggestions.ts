// Concrete, honest suggestions after matching a resume with a job description: what to add
// (required gaps first), where to mirror the posting's wording, and when the posting leans to
// the other path. Advice texts per group live with the vocabulary in lib/content/keywords.ts.
import type { KeywordVocabulary } from "@/lib/content/keywords";
import type { KeywordSpan } from "@/lib/domain/keyword-find";
import type { RequestedKeyword } from "@/lib/domain/keyword-match";
import { normalizeText } from "@/lib/domain/text-normalize";
import type { CareerPath } from "@/lib/domain/types";

export interface SuggestionInput {
  requested: readonly RequestedKeyword[];
  resumeText: string;
  jdText: string;
  resumeSpans: readonly KeywordSpan[];
  jdSpans: readonly KeywordSpan[];
  path: CareerPath | undefined;
  vocabulary: KeywordVocabulary;
  score: number;
}

const MAX_REQUIRED = 6;
const MAX_OTHER = 4;
const MAX_WORDING = 3;

/** "Oracle Health" and "oracle-health" are the same wording; "EOBs" and "EOB" too. */
const wordingKey = (s: string) =>
  normalizeText(s)
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/s$/u, "");

function surfaceForms(text: string, spans: readonly KeywordSpan[], id: string): string[] {
  const seen = new Map<string, string>();
  for (const s of spans) if (s.keywordId === id && !s.implied) seen.set(wordingKey(text.slice(s.start, s.end)), text.slice(s.start, s.end));
  return [...seen.values()];
}

export function jobDescriptionSuggestions(input: SuggestionInput): string[] {
  const { requested, vocabulary } = input;
  if (requested.length === 0) {
    return [
      "No medical coding or billing terms were found in this posting. Paste the full description, including the qualifications section.",
    ];
  }
  const advice = new Map(vocabulary.groups.map((g) => [g.id, g.advice] as const));
  const adviceFor = (r: RequestedKeyword) => (advice.get(r.group) ?? "Add {label} if it is true for you.").replaceAll("{label}", r.label);
  const has = (id: string) =>
    requested.some((r) => r.id === id && r.inResume) || input.resumeSpans.some((s) => s.keywordId === id && !s.inProgress);
  const out: string[] = [];

  const missing = requested.filter((r) => !r.inResume);
  for (const r of missing.filter((m) => m.required).slice(0, MAX_REQUIRED)) {
    if (r.id === "cpc" && has("cpc-a")) {
      out.push(
        "Required — CPC: your resume shows CPC-A, the apprentice designation of the CPC. Keep it visible and ask whether they accept apprentices; many entry-level coding roles do.",
      );
    } else if (r.inProgress) {
      out.push(
        `Required — ${r.label}: your resume shows it as in progress, which does not meet a requirement to hold it. Keep the planned exam month visible and ask whether they hire candidates who are about to sit it.`,
      );
    } else out.push(`Required — ${r.label}: ${adviceFor(r)}`);
  }
  for (const r of missing.filter((m) => !m.required).slice(0, MAX_OTHER)) out.push(`Also asked for — ${r.label}: ${adviceFor(r)}`);

  // Same skill, different words: applicant-tracking systems often look for the posting's wording.
  let wording = 0;
  // Soft skills are skipped: "communicate" vs "communicated" is not a wording gap.
  for (const r of requested.filter((x) => x.inResume && !x.satisfiedBy && x.group !== "soft-skills")) {
    if (wording >= MAX_WORDING) break;
    const jdForms = surfaceForms(input.jdText, input.jdSpans, r.id);
    const resumeForms = surfaceForms(input.resumeText, input.resumeSpans, r.id);
    const resumeKeys = resumeForms.map(wordingKey);
    // Any shared wording, or a more specific one on the resume ("ICD-10-CM" for "ICD-10"), is enough.
    const shared = jdForms.some((f) => resumeKeys.some((k) => k.startsWith(wordingKey(f))));
    const jdForm = jdForms[0];
    if (!shared && jdForm && resumeForms[0]) {
      out.push(
        `The posting says “${jdForm}”; your resume says “${resumeForms[0]}”. Use the posting's wording too (e.g. “${jdForm} (${resumeForms[0]})”) so keyword filters find it.`,
      );
      wording += 1;
    }
  }

  if (requested.some((r) => r.id === "remote-work") && !has("home-office") && !requested.some((r) => r.id === "home-office")) {
    out.push("Remote role: add a line about your private, HIPAA-compliant home office and secure internet.");
  }

  if (input.path && requested.length >= 4) {
    const byId = new Map(vocabulary.keywords.map((k) => [k.id, k] as const));
    const path = input.path;
    const offPath = requested.filter((r) => !(byId.get(r.id)?.paths.includes(path) ?? true)).length;
    if (offPath / requested.length > 0.4) {
      const other = path === "CODING" ? "billing" : "coding";
      out.push(
        `This posting leans toward ${other} work (${offPath} of ${requested.length} terms). Lead with the skills the two paths share, or save it as a stretch application.`,
      );
    }
  }

  if (input.score >= 80) out.push("Strong keyword match: mirror the posting's job title in your summary line and apply.");
  if (missing.length > 0) out.push("Add only what you can back up in an interview: screeners ask about every term on your resume.");
  return out;
}
