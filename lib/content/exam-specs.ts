// Certification exam formats used to judge practice-exam pace and score: question count,
// minutes and passing percentage per credential, each a sourced fact (see REFERENCE.md).
import { fact, type Fact } from "@/lib/content/fact";

export interface ExamSpec {
  code: string;
  questions: Fact<number>;
  minutes: Fact<number>;
  /** null where the body uses a scaled score rather than a percentage. */
  passingPercent: Fact<number> | null;
  /** AHIMA reports a scaled score; its passing point is not a percentage of questions. */
  scaledPass?: Fact<{ passing: number; min: number; max: number }>;
  format: string;
}

const AS_OF = "2026";
const aapc = (label: string, path: string) => ({ label: `AAPC: ${label}`, url: `https://www.aapc.com/${path}` });
const ahima = (code: string) => ({
  label: `AHIMA: ${code} certification`,
  url: `https://www.ahima.org/certification-careers/certifications-overview/${code.toLowerCase()}/`,
});

// AHIMA's own pages no longer state the scale; a 2026 study guide quotes its score reports.
const AHIMA_SCALE = fact(
  { passing: 300, min: 100, max: 400 },
  {
    label: "CCA study guide quoting AHIMA score reports",
    url: "https://open-exam-prep.com/study-guides/cca/exam-day-results-retakes-recertification-and-career-next-steps/12-03-results-pass-fail-scoring-and-certificate-availability",
  },
  "2026-06",
  "uncertain",
  "scaled score; 300 or higher passes",
);

const CPC_FAQ = aapc("CPC exam FAQs", "resources/cpc-exam-faqs");
const AAPC_BAR = (src: { label: string; url: string }) =>
  fact(70, src, AS_OF, "uncertain", "AAPC exams use a 70% passing bar; confirmed for CPC and CPMA");

function aapcSpec(code: string, src: { label: string; url: string }, format: string, questions = 100): ExamSpec {
  return {
    code,
    questions: fact(questions, src, AS_OF, "confirmed"),
    minutes: fact(240, src, AS_OF, "confirmed"),
    passingPercent: AAPC_BAR(src),
    format,
  };
}

const cpb = aapc("Taking the CPB exam", "certifications/cpb/taking-the-cpb-exam");
const cpma = aapc("CPMA certification", "certifications/cpma");

export const EXAM_SPECS: Readonly<Record<string, ExamSpec>> = {
  CPC: {
    ...aapcSpec("CPC", CPC_FAQ, "100 multiple-choice questions, 4 hours, open book"),
    passingPercent: fact(70, CPC_FAQ, AS_OF, "confirmed"),
  },
  COC: aapcSpec("COC", aapc("COC certification", "certifications/coc"), "100 multiple-choice questions, 4 hours"),
  CRC: aapcSpec("CRC", aapc("CRC certification", "certifications/crc"), "100 multiple-choice questions, 4 hours"),
  CIC: {
    ...aapcSpec("CIC", aapc("CIC certification", "certifications/cic"), "40 multiple-choice questions + 7 inpatient cases, 4 hours", 47),
    questions: fact(
      47,
      aapc("CIC certification", "certifications/cic"),
      AS_OF,
      "confirmed",
      "40 multiple-choice + 7 cases; cases take longer, so pace per item is approximate",
    ),
  },
  CPB: {
    ...aapcSpec("CPB", cpb, "4 hours; CPT, ICD-10-CM, HCPCS Level II"),
    questions: fact(135, cpb, AS_OF, "uncertain", "AAPC page says 135; 2026 prep sites say 100"),
  },
  CPMA: {
    ...aapcSpec("CPMA", cpma, "100 multiple-choice questions, 4 hours, open code books"),
    passingPercent: fact(70, cpma, AS_OF, "confirmed"),
  },
  CCA: {
    code: "CCA",
    format: "105 questions (90 scored), 2 hours, Pearson VUE",
    questions: fact(105, ahima("CCA"), AS_OF, "confirmed", "90 scored"),
    minutes: fact(120, ahima("CCA"), AS_OF, "confirmed"),
    passingPercent: null,
    scaledPass: AHIMA_SCALE,
  },
  CCS: {
    code: "CCS",
    format: "about 107 questions including cases, about 4 hours",
    questions: fact(107, ahima("CCS"), AS_OF, "uncertain"),
    minutes: fact(240, ahima("CCS"), AS_OF, "uncertain"),
    passingPercent: null,
    scaledPass: AHIMA_SCALE,
  },
};

export function examSpecFor(code: string): ExamSpec | undefined {
  return Object.hasOwn(EXAM_SPECS, code) ? EXAM_SPECS[code] : undefined;
}

/** Minutes per question on the real exam (CPC: 240 / 100 = 2.4). */
export function realExamPace(spec: ExamSpec): number {
  return spec.minutes.value / spec.questions.value;
}

/**
 * The score a plan tells a learner to aim for: the body's percentage where it uses one (AAPC:
 * 70%), and for AHIMA's scaled scores no percentage at all (300 on 100–400 is not "70%").
 */
export function passingBarPhrase(code: string): { short: string; note: string } {
  const spec = examSpecFor(code);
  if (spec?.passingPercent) return { short: `${spec.passingPercent.value}% or better`, note: "" };
  const scale = spec?.scaledPass?.value;
  if (scale) {
    return {
      short: "at your prep course's passing mark",
      note: ` ${code} results are a scaled score (${scale.min}–${scale.max}; ${scale.passing} or higher passes), not a percentage, so judge practice tests by the pass mark your prep course gives for them.`,
    };
  }
  return { short: "at the passing bar", note: "" };
}
