// LinkedIn headline and skills suggestions built from the same keyword vocabulary as the resume
// checklist, so the profile, the resume and the postings all use one set of words.
import { KEYWORD_VOCABULARY, LINKEDIN_HEADLINES, type KeywordVocabulary } from "@/lib/content/keywords";
import { keywordIdsIn } from "@/lib/domain/keyword-find";
import type { CareerPath } from "@/lib/domain/types";

export type CredentialStage = "none" | "studying" | "scheduled" | "apprentice" | "certified";

export interface LinkedInInput {
  path: CareerPath;
  /** Base credential code, e.g. "CPC"; the apprentice stage shows it as "CPC-A". */
  credential?: { code: string; stage: CredentialStage };
  resumeText?: string;
  maxSkills?: number;
}

export interface LinkedInSkill {
  id: string;
  label: string;
  inResume: boolean;
}
export interface LinkedInSuggestions {
  headlines: string[];
  skills: LinkedInSkill[];
  notes: string[];
}

/** LinkedIn's headline limit. */
export const LINKEDIN_HEADLINE_MAX = 220;
const HEADLINE_SKILLS = 3;
// Credentials belong under Licenses & certifications and remote terms in the headline/about; not skills.
const NOT_SKILLS = new Set(["credentials", "remote"]);

export function credentialDisplay(credential: LinkedInInput["credential"]): string {
  if (!credential || credential.code.trim() === "") return "";
  const code = credential.code.trim().toUpperCase();
  switch (credential.stage) {
    case "certified":
      return code;
    case "apprentice":
      return code.endsWith("-A") ? code : `${code}-A`;
    case "scheduled":
      return `${code} exam scheduled`;
    case "studying":
      return `${code} candidate`;
    default:
      return "";
  }
}

export function suggestLinkedIn(input: LinkedInInput, vocabulary: KeywordVocabulary = KEYWORD_VOCABULARY): LinkedInSuggestions {
  const templates = LINKEDIN_HEADLINES[input.path];
  const found = keywordIdsIn(input.resumeText ?? "", vocabulary);
  const byId = new Map(vocabulary.keywords.map((k) => [k.id, k] as const));
  const skillKeywords = vocabulary.keywords.filter((k) => !NOT_SKILLS.has(k.group));

  // Resume skills on this path first (hard skills before soft), then other resume skills,
  // then the path's core skills the resume does not show yet (flagged, to add once true).
  const onPath = skillKeywords.filter((k) => found.has(k.id) && k.paths.includes(input.path));
  const ordered = [
    ...onPath.filter((k) => k.group !== "soft-skills"),
    ...onPath.filter((k) => k.group === "soft-skills"),
    ...skillKeywords.filter((k) => found.has(k.id) && !k.paths.includes(input.path)),
    ...templates.coreSkills.flatMap((id) => (found.has(id) ? [] : [byId.get(id)].filter((k) => k !== undefined))),
  ];
  const skills = ordered.slice(0, input.maxSkills ?? 15).map((k) => ({ id: k.id, label: k.label, inResume: found.has(k.id) }));

  const headlineSkillIds = [
    ...templates.coreSkills.filter((id) => found.has(id)),
    ...onPath.filter((k) => k.group !== "soft-skills" && !templates.coreSkills.includes(k.id)).map((k) => k.id),
    ...templates.coreSkills.filter((id) => !found.has(id)),
  ];
  const headlineSkills = headlineSkillIds.flatMap((id) => byId.get(id)?.label ?? []).slice(0, HEADLINE_SKILLS);

  const credential = credentialDisplay(input.credential);
  const credentialed = input.credential?.stage === "certified" || input.credential?.stage === "apprentice";
  const headlines = (credentialed ? templates.credentialed : templates.inTraining).map((t) => fillHeadline(t, credential, headlineSkills));

  const notes = [`LinkedIn headlines are limited to ${LINKEDIN_HEADLINE_MAX} characters; put the role you want first.`];
  if (credentialed) notes.push(`Add ${credential} under Licenses & certifications with its credential number.`);
  else if (input.credential && credential)
    notes.push(
      `When you pass, change "${credential}" to the credential itself (e.g. ${input.credential.code.toUpperCase()}-A for an AAPC apprentice).`,
    );
  if (skills.some((s) => !s.inResume))
    notes.push("Skills marked as not on your resume yet: add them once your coursework or work shows them.");
  return { headlines: [...new Set(headlines)], skills, notes };
}

/** Fills {credential}/{skills}; a segment left empty is dropped, and long headlines lose skills first. */
export function fillHeadline(template: string, credential: string, skills: readonly string[]): string {
  for (let n = skills.length; n >= 0; n--) {
    const text = template
      .split(" | ")
      .map((seg) =>
        seg
          .replace("{credential}", credential)
          .replace("{skills}", skills.slice(0, n).join(" · "))
          .replace(/\s*\(\s*\)/g, "")
          .trim(),
      )
      .filter((seg) => seg !== "")
      .join(" | ");
    if (text.length <= LINKEDIN_HEADLINE_MAX || n === 0) return text.slice(0, LINKEDIN_HEADLINE_MAX);
  }
  return "";
}
