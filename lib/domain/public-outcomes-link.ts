// A shortlisted program's web address that is a Chartpath public outcomes page on this
// instance (/outcomes/<slug>): the learner's shortlist then shows the program's published
// figures beside what the learner typed. Other addresses are left alone.
export function publicOutcomesSlug(url: string | null | undefined, appUrl: string): string | null {
  if (!url) return null;
  let parsed: URL;
  let app: URL;
  try {
    parsed = new URL(url, appUrl);
    app = new URL(appUrl);
  } catch {
    return null;
  }
  if (parsed.host !== app.host) return null;
  const m = /^\/outcomes\/([a-z0-9][a-z0-9-]{0,119})\/?$/.exec(parsed.pathname);
  return m ? m[1]! : null;
}
