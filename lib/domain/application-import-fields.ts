// The fields a spreadsheet of applications can fill, with the header names we recognise, and the
// import's limits. Kept free of zod so the client-side mapping step can list them cheaply.
export const IMPORT_MAX_ROWS = 1_000;
export const IMPORT_MAX_BYTES = 2_000_000;

export const IMPORT_FIELDS = [
  { key: "company", label: "Company", required: true, aliases: ["company", "employer", "organization", "company name"] },
  { key: "title", label: "Job title", required: true, aliases: ["title", "job title", "position", "role", "job"] },
  { key: "roleType", label: "Role type", required: false, aliases: ["role type", "type", "category"] },
  { key: "workMode", label: "Work mode", required: false, aliases: ["work mode", "remote", "remote/onsite", "workplace", "work type"] },
  { key: "location", label: "Location", required: false, aliases: ["location", "city", "where"] },
  { key: "source", label: "Source", required: false, aliases: ["source", "found on", "found via", "job board", "site"] },
  { key: "link", label: "Link", required: false, aliases: ["link", "url", "job link", "posting", "posting url"] },
  { key: "salaryMin", label: "Salary min", required: false, aliases: ["salary min", "min salary", "salary from", "salary"] },
  { key: "salaryMax", label: "Salary max", required: false, aliases: ["salary max", "max salary", "salary to"] },
  { key: "stage", label: "Stage", required: false, aliases: ["stage", "status"] },
  { key: "appliedOn", label: "Applied on", required: false, aliases: ["applied on", "applied", "date applied", "application date"] },
  { key: "followUpOn", label: "Follow-up on", required: false, aliases: ["follow-up on", "follow up", "follow-up", "follow up date"] },
  { key: "notes", label: "Notes", required: false, aliases: ["notes", "note", "comments"] },
] as const;
export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]["key"];
/** Our field → the user's header ("" = not in the file). */
export type ImportMapping = Partial<Record<ImportFieldKey, string>>;
