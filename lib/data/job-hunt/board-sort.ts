// Sort keys of the applications table (plain module: the page's query-string parser uses it too).
export const SORT_KEYS = ["updated", "company", "stage", "followUp", "applied", "score"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
