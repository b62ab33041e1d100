// Runs the follow-up reminder job (scripts/job-hunt-reminders.ts) on a timer from the `npm start`
// launcher, so reminders go out with no cron (e.g. in the embedded demo) and without any page GET
// sending mail. The job is idempotent, so a cron job running as well never double-sends.
// REMINDERS_EVERY_MINUTES sets the period (default 60); 0 turns the timer off.
import { spawn, type ChildProcess } from "node:child_process";

export function startReminderTimer(env: NodeJS.ProcessEnv): () => void {
  const minutes = Number(env.REMINDERS_EVERY_MINUTES ?? 60);
  if (!Number.isFinite(minutes) || minutes <= 0) return () => {};
  let running: ChildProcess | undefined;
  const run = () => {
    if (running) return; // a slow run is never overlapped by the next tick
    running = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/job-hunt-reminders.ts"], { stdio: "inherit", env });
    running.on("error", (error) => console.error("[reminders] could not start the job:", error.message));
    running.on("close", () => {
      running = undefined;
    });
  };
  const period = minutes * 60_000;
  // The first run waits (up to a minute) so it does not compete with the server's start-up.
  const first = setTimeout(run, Math.min(60_000, period));
  const every = setInterval(run, period);
  return () => {
    clearTimeout(first);
    clearInterval(every);
    running?.kill("SIGTERM");
  };
}
