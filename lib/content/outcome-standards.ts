// The outcome standards a program reports against (issue 16): each body's measures, their
// definitions in words, reporting windows and thresholds. Every definition is a Fact so the
// report can show where it came from and how sure we are; "uncertain" reads "to be confirmed"
// and its note names the secondary source. Verified 2026-12-04 against the pages named below
// (decision record 0012 lists what each page said and where it differs from the issue).
import { fact, type Fact } from "@/lib/content/fact";

export type OutcomeStandardId = "ABHES" | "CAHIIM" | "NACE" | "WIOA";

export interface MeasureDefinition {
  /** Stable id, used by the computations in lib/domain/outcome-standards. */
  id: string;
  label: string;
  /** The formula in plain words. */
  definition: string;
  numerator: string;
  denominator: string;
  exclusions: string;
  /** A published target, in percent (e.g. NACE's 65% knowledge rate). */
  threshold?: { minPercent: number; label: string };
}

export interface OutcomeStandard {
  id: OutcomeStandardId;
  name: string;
  body: string;
  /** Which learners fall in which reporting year, in words (lib/domain/reporting-windows does it). */
  windowRule: string;
  measures: readonly Fact<MeasureDefinition>[];
}

const CHECKED = "2026-12-04";

const ABHES_SCHOOL_PAGE = {
  label: "ABHES formulas as published by accredited schools (City College; Eagle Gate College; American Institute)",
  url: "https://www.citycollege.edu/student-consumer-information/annual-retention-and-placement-rates/",
};
const ABHES_INSTRUCTIONS = {
  label: "ABHES Initial Outcomes Reporting Instruction Manual (copy of the ABHES document; abhes.org not retrieved)",
  url: "https://studylib.net/doc/5852926/2006-2007",
};

const ABHES: OutcomeStandard = {
  id: "ABHES",
  name: "ABHES annual report",
  body: "Accrediting Bureau of Health Education Schools",
  windowRule: "Reporting year 1 July – 30 June; beginning enrollment is counted on 1 July and ending enrollment on 30 June.",
  measures: [
    fact(
      {
        id: "retention",
        label: "Retention rate",
        definition: "(ending enrollment + graduates) ÷ (beginning enrollment + new starts + re-entries)",
        numerator:
          "Learners still enrolled on 30 June (in class, on externship or leave of absence) plus those who graduated during the year",
        denominator:
          "Learners enrolled on 1 July, plus new starts during the year, plus re-entries (learners who dropped in an earlier reporting year and re-enrolled during this one)",
        exclusions:
          "None: a learner who withdraws during the year stays in the denominator. Chartpath counts a transfer out like a withdrawal.",
      },
      ABHES_INSTRUCTIONS,
      CHECKED,
      "uncertain",
      "To be confirmed on abhes.org; same formula on schools' ABHES disclosures (citycollege.edu, wvjc.edu).",
    ),
    fact(
      {
        id: "placement",
        label: "Placement rate",
        definition: "(graduates placed in field + placed in a related field) ÷ (graduates − graduates unavailable for placement)",
        numerator:
          "Graduates of the year employed (or self-employed) in a position where most job functions use the skills of the program, in the field or a related field",
        denominator: "Graduates of the year, less those documented unavailable",
        exclusions:
          "Unavailable only when documented: health-related issues, military obligations, incarceration, continuing education, or death. Jobs outside the field do not count as placed.",
      },
      ABHES_SCHOOL_PAGE,
      CHECKED,
      "uncertain",
      "To be confirmed on abhes.org; schools quote ABHES. Newer disclosures write P ÷ (G − U) with 'placed' = majority of job functions related, which counts the same people as F + R.",
    ),
    fact(
      {
        id: "credentialing",
        label: "Credentialing exam pass rate",
        definition: "graduates passing the exam (any attempt) ÷ graduates who took the exam",
        numerator: "Graduates of the year who passed a credentialing exam on any attempt",
        denominator: "Graduates of the year who took a credentialing exam",
        exclusions: "Graduates who never sat an exam are not in the denominator; withdrawn learners never count.",
      },
      {
        label: "ABHES examination pass rate as published by American Institute",
        url: "https://www.americaninstitute.edu/consumer-info/cherry-hill-nj-examination-pass-rates/",
      },
      CHECKED,
      "uncertain",
      "To be confirmed on abhes.org (secondary: a school's ABHES disclosure).",
    ),
  ],
};

const CAHIIM_WEBSITE = { label: "CAHIIM Website Requirements", url: "https://www.cahiim.org/accreditation/website-requirements" };
const CAHIIM_NOTE =
  "CAHIIM requires the rate to be published but does not prescribe its definition; this formula is Chartpath's choice (to be confirmed with the program).";

const CAHIIM: OutcomeStandard = {
  id: "CAHIIM",
  name: "CAHIIM public outcomes",
  body: "Commission on Accreditation for Health Informatics and Information Management Education",
  windowRule:
    "Academic year 1 August – 31 July (the APAR cycle). Outcomes must be dated and no older than the last full academic year; graduation rate and employment rate are required, plus at least one of retention, academic transfer, graduate school entry, 4-year program entry, student satisfaction, certification exam pass rate.",
  measures: [
    fact(
      {
        id: "graduation",
        label: "Graduation rate",
        definition: "graduates ÷ learners who left the program (graduated, withdrew or transferred) during the academic year",
        numerator: "Learners who graduated during the academic year",
        denominator: "Learners who graduated, withdrew or transferred out during the academic year",
        exclusions: "Learners still enrolled on 31 July are not counted yet.",
      },
      CAHIIM_WEBSITE,
      CHECKED,
      "uncertain",
      CAHIIM_NOTE,
    ),
    fact(
      {
        id: "employment",
        label: "Employment rate",
        definition: "graduates employed (any field, any hours, including self-employment) ÷ graduates of the academic year",
        numerator: "Graduates of the academic year with an employment or self-employment outcome on record",
        denominator: "Graduates of the academic year",
        exclusions: "None: a graduate whose outcome is unknown counts as not employed.",
      },
      CAHIIM_WEBSITE,
      CHECKED,
      "uncertain",
      CAHIIM_NOTE,
    ),
    fact(
      {
        id: "retention",
        label: "Retention rate",
        definition: "(ending enrollment + graduates) ÷ (beginning enrollment + new starts + re-entries), over the academic year",
        numerator: "Learners still enrolled on 31 July plus graduates of the academic year",
        denominator: "Learners enrolled on 1 August, plus new starts and re-entries during the academic year",
        exclusions: "None.",
      },
      CAHIIM_WEBSITE,
      CHECKED,
      "uncertain",
      "CAHIIM lists retention as an option without a formula; Chartpath uses the ABHES formula over the CAHIIM year (to be confirmed).",
    ),
    fact(
      {
        id: "certification",
        label: "Certification exam pass rate",
        definition: "graduates passing a certification exam (any attempt) ÷ graduates who took one",
        numerator: "Graduates of the academic year who passed on any attempt",
        denominator: "Graduates of the academic year who took a certification exam",
        exclusions: "Graduates who never sat an exam.",
      },
      CAHIIM_WEBSITE,
      CHECKED,
      "uncertain",
      "CAHIIM lists the certification pass rate 'if applicable' without a formula; any-attempt counting is Chartpath's choice (to be confirmed).",
    ),
  ],
};

const NACE_PAGE = {
  label: "NACE First-Destination Survey Standards and Protocols (summary calculations)",
  url: "https://naceweb.org/job-market/graduate-outcomes/first-destination/standards-and-protocols",
};

const NACE: OutcomeStandard = {
  id: "NACE",
  name: "NACE first destination",
  body: "National Association of Colleges and Employers",
  windowRule:
    "Class year: graduates from 1 July to 30 June (the Class of 2026 graduated 1 July 2025 – 30 June 2026); outcomes are collected through 31 December of the class year, and an outcome learned later is not counted as known.",
  measures: [
    fact(
      {
        id: "knowledge",
        label: "Knowledge rate",
        definition: "graduates with a known outcome ÷ all graduates of the class",
        numerator:
          "Graduates whose outcome was known by 31 December: employed, service, military, continuing education, still seeking, or not seeking",
        denominator: "All graduates of the class",
        exclusions: "None; graduates with no information stay in the denominator.",
        threshold: { minPercent: 65, label: "NACE standard: at least 65%" },
      },
      NACE_PAGE,
      CHECKED,
      "confirmed",
      "Formula confirmed on NACE's page; the 65% minimum is quoted by institutions following NACE (mtech.edu), to be confirmed in NACE's PDF.",
    ),
    fact(
      {
        id: "careerOutcomes",
        label: "Career outcomes rate",
        definition: "(employed + service + military + continuing education) ÷ (graduates with a known outcome − not seeking)",
        numerator:
          "Graduates employed (full or part time, including self-employed), in a service program, in the military, or in continuing education",
        denominator: "Graduates with a known outcome, less those not seeking employment or further education",
        exclusions: "Graduates not seeking; graduates with no information.",
      },
      NACE_PAGE,
      CHECKED,
      "confirmed",
    ),
    fact(
      {
        id: "fullTime",
        label: "Employed full time",
        definition: "employed graduates working 30 or more hours a week ÷ employed graduates whose hours are known",
        numerator: "Employed graduates (known by 31 December) working at least 30 hours a week",
        denominator: "Employed graduates whose weekly hours are recorded",
        exclusions: "Employed graduates with no hours recorded.",
      },
      {
        label: "NACE full-time category (≥ 30 h/week) as used by institutions following NACE",
        url: "https://career.uark.edu/aboutus/studentstats/methodology.php",
      },
      CHECKED,
      "uncertain",
      "30 hours per week is quoted by institutions following NACE's categories; to be confirmed in NACE's PDF. The share itself is a Chartpath breakdown of NACE's categories.",
    ),
  ],
};

const DOL_PAGE = {
  label: "U.S. DOL ETA, WIOA performance indicators (TEGL 10-16, Change 3)",
  url: "https://dol.gov/agencies/eta/performance/performance-indicators",
};
const WIOA_EXCLUSIONS =
  "Exiters excluded for: institutionalized (incarceration or 24-hour care), medical treatment over 90 days that precludes work, death, reserve forces called to active duty. Continuing education is not an exclusion.";

const WIOA: OutcomeStandard = {
  id: "WIOA",
  name: "WIOA-style performance (eligible training provider lists)",
  body: "U.S. Department of Labor, Employment and Training Administration (reported through state ETP lists)",
  windowRule:
    "Exit cohorts by calendar quarter; Chartpath groups the four quarters of a program year (exits 1 July – 30 June). The 2nd and 4th quarters after exit are counted from the calendar quarter of the exit date (an exit in April–June is followed by July–September as quarter 1).",
  measures: [
    fact(
      {
        id: "employmentQ2",
        label: "Employment rate, 2nd quarter after exit",
        definition: "exiters in unsubsidized employment during the 2nd quarter after the exit quarter ÷ exiters",
        numerator:
          "Exiters employed (including self-employment and military service) at any time during the 2nd quarter after exit, or with wages that quarter",
        denominator: "Learners who exited (graduated, withdrew or transferred) in the program year",
        exclusions: WIOA_EXCLUSIONS,
      },
      DOL_PAGE,
      CHECKED,
      "confirmed",
      "Exclusions and 'employment includes military service' from state policy (dwd.wisconsin.gov 11.5.2, 11.6.1).",
    ),
    fact(
      {
        id: "employmentQ4",
        label: "Employment rate, 4th quarter after exit",
        definition: "exiters in unsubsidized employment during the 4th quarter after the exit quarter ÷ exiters",
        numerator: "Exiters employed at any time during the 4th quarter after exit, or with wages that quarter",
        denominator: "Learners who exited in the program year",
        exclusions: WIOA_EXCLUSIONS,
      },
      DOL_PAGE,
      CHECKED,
      "confirmed",
    ),
    fact(
      {
        id: "medianEarningsQ2",
        label: "Median earnings, 2nd quarter after exit",
        definition: "the median of quarterly earnings in the 2nd quarter after exit, among exiters employed that quarter",
        numerator: "—",
        denominator: "Exiters employed in the 2nd quarter after exit whose earnings for that quarter are recorded",
        exclusions: `${WIOA_EXCLUSIONS} Exiters not employed that quarter, or employed with no earnings recorded.`,
      },
      DOL_PAGE,
      CHECKED,
      "confirmed",
    ),
    fact(
      {
        id: "credentialAttainment",
        label: "Credential attainment",
        definition: "exiters who earned a recognized credential during the program or within one year after exit ÷ exiters from training",
        numerator: "Exiters who passed a credentialing exam between their start and one year after their exit date",
        denominator: "Learners who exited the training program in the program year",
        exclusions: WIOA_EXCLUSIONS,
      },
      DOL_PAGE,
      CHECKED,
      "confirmed",
      "Secondary-diploma rules do not apply to these programs.",
    ),
  ],
};

export const OUTCOME_STANDARDS: Readonly<Record<OutcomeStandardId, OutcomeStandard>> = { ABHES, CAHIIM, NACE, WIOA };

export const OUTCOME_STANDARD_IDS = ["ABHES", "CAHIIM", "NACE", "WIOA"] as const satisfies readonly OutcomeStandardId[];

/** The definition of one measure, for a report beside its figure. */
export function measureDefinition(standard: OutcomeStandardId, measureId: string): Fact<MeasureDefinition> | undefined {
  return OUTCOME_STANDARDS[standard].measures.find((m) => m.value.id === measureId);
}
