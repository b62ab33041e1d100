// Marks connection strings that point at the embedded database (pglite-server). It runs every
// client connection on one Postgres session, so statements prepared by name on one connection
// collide with the same name on another ("prepared statement already exists"); the app uses
// unnamed statements there. The marker travels in the URL (as application_name) so every
// client built from it, in the app, scripts and tests, knows without further configuration.
export const EMBEDDED_APPLICATION_NAME = "chartpath-embedded";

export function isEmbeddedDatabaseUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}
