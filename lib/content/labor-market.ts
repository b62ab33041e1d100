// Pay and outlook for Medical Records Specialists (SOC 29-2072), AAPC salary surveys, and
// entry job titles by path. Per REFERENCE.md corrections: $64,890 is for TWO credentials,
// and every BLS growth figure names its projections edition.
import { fact, type Fact, type Source } from "@/lib/content/fact";
import type { CareerPath } from "@/lib/content/career-paths";

const BLS_URL = "https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm";
const BLS_OOH: Source = { label: "BLS Occupational Outlook Handbook", url: BLS_URL };
const BLS_VIA_GUIDE: Source = { label: "BLS, as quoted in the Chartpath career guide", url: BLS_URL };
const SECONDARY_BLS: Source = { label: "Secondary source citing BLS projections", url: BLS_URL };
const BLS_SOC: Source = {
  label: "BLS Standard Occupational Classification (SOC 2018)",
  url: "https://www.bls.gov/soc/2018/major_groups.htm",
};
const AAPC_2019: Source = {
  label: "AAPC 2019 Medical Coding Salary Survey",
  url: "https://www.aapc.com/resources/research/medical-coding-salary-survey",
};
const AAPC_2021: Source = {
  label: "AAPC 2021 Medical Coding and Billing Salary Report",
  url: "https://www.aapc.com/business/resources/medical-coding-and-billing-salary-report",
};
const VIA_SECONDARY = "BLS figure seen via a secondary source";

export interface Pay {
  annualUsd: number;
  hourlyUsd?: number;
}
export interface Growth {
  percent: number;
  edition: string;
}

export const MEDIAN_PAY_2024: Fact<Pay> = fact({ annualUsd: 50250, hourlyUsd: 24.16 }, BLS_OOH, "2024-05", "uncertain", VIA_SECONDARY);
export const MEDIAN_PAY_2023: Fact<Pay> = fact({ annualUsd: 48780 }, BLS_VIA_GUIDE, "2023-05", "uncertain");
// No dated primary source gives an entry-level figure (the guide's "~$40,000" is undated), so
// none is shown; the dated AAPC averages for coders without a credential stand in for it.

/**
 * What SOC 29-2072 covers. BLS counts billing clerks under 43-3021 (Billing and Posting
 * Clerks), not 29-2072, so 29-2072 pay and outlook describe coders, not billers.
 */
export const SOC_SCOPE: Fact<string> = fact(
  "Medical records specialists (SOC 29-2072) include medical coders. BLS counts most billing roles separately, as billing and posting clerks (SOC 43-3021), so these figures describe coding more than billing.",
  BLS_SOC,
  "2018",
  "confirmed",
);
export const JOBS_2024: Fact<number> = fact(194800, BLS_OOH, "2024", "uncertain", VIA_SECONDARY);

/** Current projection: +7% over 2024–34 (OOH 2024–34 edition). */
export const GROWTH: Fact<Growth> = fact({ percent: 7, edition: "2024–34" }, BLS_OOH, "2024–34", "uncertain", "2024–34 edition");

/** Earlier OOH editions, oldest first, so a reader can see why other sites quote 8% or 9%. */
export const GROWTH_HISTORY: readonly Fact<Growth>[] = [
  fact({ percent: 8, edition: "2022–32" }, BLS_OOH, "2022–32", "uncertain", "2022–32 edition"),
  fact({ percent: 9, edition: "2023–33" }, BLS_OOH, "2023–33", "uncertain", "2023–33 edition"),
  GROWTH,
];

export const OPENINGS_PER_YEAR: Fact<number> = fact(14200, SECONDARY_BLS, "2024–34", "uncertain", "average openings per year");

/** AAPC 2019 survey averages. Only `twoCredentials` is $64,890 — not "one credential". */
export const AAPC_SURVEY_2019 = {
  certified: fact(55923, AAPC_2019, "2019", "confirmed", "certified coders overall"),
  twoCredentials: fact(64890, AAPC_2019, "2019", "confirmed", "two credentials"),
  threePlusCredentials: fact(70608, AAPC_2019, "2019", "confirmed", "three or more credentials"),
  nonCertified: fact(42015, AAPC_2019, "2019", "confirmed", "not certified"),
} as const satisfies Record<string, Fact<number>>;

export const AAPC_REPORT_2021 = {
  certified: fact(60097, AAPC_2021, "2021", "confirmed", "certified billers and coders"),
  nonCertified: fact(47200, AAPC_2021, "2021", "confirmed", "not certified"),
} as const satisfies Record<string, Fact<number>>;

export interface EntryTitle {
  title: string;
  paths: readonly CareerPath[];
  /** Where the title comes from: O*NET's reported titles or job postings. */
  origin: "O*NET" | "postings";
  note?: string;
}

/** O*NET 29-2072.00 (Medical Records Specialists). */
export const ONET_SOURCE: Source = {
  label: "O*NET OnLine 29-2072.00 Medical Records Specialists",
  url: "https://www.onetonline.org/link/summary/29-2072.00",
};

export const ENTRY_TITLES: readonly EntryTitle[] = [
  { title: "Coder", paths: ["CODING"], origin: "O*NET" },
  { title: "Junior Coder", paths: ["CODING"], origin: "postings", note: "Often accepts CPC-A" },
  { title: "Medical Records Technician", paths: ["CODING"], origin: "O*NET" },
  { title: "Health Information Technician", paths: ["CODING"], origin: "O*NET" },
  { title: "Billing Specialist", paths: ["BILLING"], origin: "postings" },
  { title: "Payment Poster", paths: ["BILLING"], origin: "postings" },
  { title: "Patient Account Representative", paths: ["BILLING"], origin: "postings" },
  { title: "Claims Assistant", paths: ["BILLING"], origin: "postings" },
  { title: "Prior Authorization Specialist", paths: ["BILLING"], origin: "postings" },
];

export function entryTitlesForPath(path: CareerPath): readonly EntryTitle[] {
  return ENTRY_TITLES.filter((t) => t.paths.includes(path));
}
