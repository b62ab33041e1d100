// Certification exam formats used to judge practice-exam pace and score: question count,
// minutes and passing percentage per credential, each a sourced fact (see REFERENCE.md).
import { fact, type Fact } from "@/lib/content/fact";

export interface ExamSpec {
  code: string;
  questions: Fact<number>;
  minutes: Fact<number>;
  /** null where the body uses a scaled score rather than a percentage. */
  passingPercent: Fact<number> | null;
  format: string;
}

const AS_OF = "2026";
const aapc = (label: string, path: string) => ({ label: `AAPC: ${label}`, url: `https://www.aapc.com/${path}` });
const ahima = (code: string) => ({
  label: `AHIMA: ${code} certification`,
  url: `https://www.ahima.org/certification-careers/certifications-overview/${code.toLowerCase()}/`,
});

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
  CPC: { ...aapcSpec("CPC", CPC_FAQ, "100 multiple-choice questions, 4 hours, open book"),
    passingPercent: fact(70, CPC_FAQ, AS_OF, "confirmed") },
  COC: aapcSpec("COC", aapc("COC certification", "certifications/coc"), "100 multiple-choice questions, 4 hours"),
  CRC: aapcSpec("CRC", aapc("CRC certification", "certifications/crc"), "100 multiple-choice questions, 4 hours"),
  CIC: { ...aapcSpec("CIC", aapc("CIC certification", "certifications/cic"), "40 multiple-choice questions + 7 inpatient cases, 4 hours", 47),
    questions: fact(47, aapc("CIC certification", "certifications/cic"), AS_OF, "confirmed",
      "40 multiple-choice + 7 cases; cases take longer, so pace per item is approximate") },
  CPB: { ...aapcSpec("CPB", cpb, "4 hours; CPT, ICD-10-CM, HCPCS Level II"),
    questions: fact(135, cpb, AS_OF, "uncertain", "AAPC page says 135; 2026 prep sites say 100") },
  CPMA: { ...aapcSpec("CPMA", cpma, "100 multiple-choice questions, 4 hours, open code books"),
    passingPercent: fact(70, cpma, AS_OF, "confirmed") },
  CCA: { code: "CCA", format: "105 questions (90 scored), 2 hours, Pearson VUE",
    questions: fact(105, ahima("CCA"), AS_OF, "confirmed", "90 scored"),
    minutes: fact(120, ahima("CCA"), AS_OF, "confirmed"),
    passingPercent: null },
  CCS: { code: "CCS", format: "about 107 questions including cases, about 4 hours",
    questions: fact(107, ahima("CCS"), AS_OF, "uncertain"),
    minutes: fact(240, ahima("CCS"), AS_OF, "uncertain"),
    passingPercent: null },
};

export function examSpecFor(code: string): ExamSpec | undefined {
  return Object.hasOwn(EXAM_SPECS, code) ? EXAM_SPECS[code] : undefined;
}

/** Minutes per question on the real exam (CPC: 240 / 100 = 2.4). */
export function realExamPace(spec: ExamSpec): number {
  return spec.minutes.value / spec.questions.value;
}
