// Credential maintenance rules as sourced facts: AAPC and AHIMA continuing-education (CEU)
// requirements and cycles, and AAPC's routes for removing apprentice (CPC-A) status.
import { fact, type Fact } from "@/lib/content/fact";

const AAPC_CEU = { label: "AAPC: CEU requirements", url: "https://www.aapc.com/medical-coding-education/help" };
const AHIMA_RECERT = { label: "AHIMA: Recertification", url: "https://www.ahima.org/certification/Recertification" };
const AAPC_APPRENTICE = {
  label: "AAPC: Complete your CPC apprenticeship",
  url: "https://www.aapc.com/certifications/cpc/complete-your-cpc-apprenticeship",
};
const AS_OF = "2026";

/** Credentials AAPC maintains with CEUs; apprentice variants (CPC-A) count as the credential itself. */
export const AAPC_CREDENTIALS: readonly string[] = ["CPC", "COC", "CIC", "CRC", "CPB", "CPMA", "CPPM", "CPCO", "CDEO"];

/** CEUs per two-year cycle by number of AAPC credentials held: index 0 = one credential, last = five or more. */
export const AAPC_CEUS_BY_COUNT: Fact<readonly number[]> = fact(
  [36, 40, 44, 48, 52],
  AAPC_CEU,
  AS_OF,
  "confirmed",
  "per 2 years for 1, 2, 3, 4, 5+ credentials",
);

/** CEUs within the cycle's total that must be on a credential's own topic (CPMA: 16 on auditing). */
export const AAPC_TOPIC_CEUS: Fact<Readonly<Record<string, { ceus: number; topic: string }>>> = fact(
  { CPMA: { ceus: 16, topic: "auditing" } },
  AAPC_CEU,
  AS_OF,
  "confirmed",
  "part of the cycle's total, not extra",
);

export const AAPC_CYCLE_YEARS: Fact<number> = fact(2, AAPC_CEU, AS_OF, "confirmed");

export interface AhimaCeuRule {
  /** CEUs per cycle when this is the only credential held. */
  base: Readonly<Record<string, number>>;
  perExtraCredential: number;
  maximum: number;
  cycleYears: number;
}

export const AHIMA_CEU_RULE: Fact<AhimaCeuRule> = fact(
  { base: { CCA: 20, CCS: 20, "CCS-P": 20, RHIT: 20, RHIA: 30 }, perExtraCredential: 10, maximum: 50, cycleYears: 2 },
  AHIMA_RECERT,
  AS_OF,
  "confirmed",
  "cycle runs 2 years from the exam date; at least 80% in HIIM domains; from 2025-01-01, 40% from AHIMA sources",
);

export interface ApprenticeRule {
  /** Employer-verified coding experience that removes the A on its own. */
  experienceMonthsAlone: number;
  /** Experience needed together with the 80-contact-hour course. */
  experienceMonthsWithCourse: number;
  courseContactHours: number;
  practicodeCases: number;
  practicodeMinScore: number;
}

export const CPC_APPRENTICE_RULE: Fact<ApprenticeRule> = fact(
  { experienceMonthsAlone: 24, experienceMonthsWithCourse: 12, courseContactHours: 80, practicodeCases: 600, practicodeMinScore: 70 },
  AAPC_APPRENTICE,
  AS_OF,
  "confirmed",
  "employer letters for 2 years' coding; or 1 year plus an 80-contact-hour course or Practicode; or the course plus Practicode",
);
