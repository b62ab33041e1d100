// Size limits of job-hunt text fields. Kept free of zod so client components can show the
// limit (and check it before submitting) without shipping the validation library.
// 20,000 = what a failed form echoes back (lib/actions/action.ts), so nothing typed is cut off.
export const JD_MAX_CHARS = 20_000;
export const NOTES_MAX_CHARS = 5_000;
export const RESUME_MAX_CHARS = 50_000;
export const PORTFOLIO_MAX_CHARS = 20_000;
