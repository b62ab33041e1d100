// Shown on every page (inside the site header) while DEMO_MODE is on, so nobody mistakes a demo
// left reachable from a network for a real instance and gives it real data or real addresses.
export function DemoModeNotice() {
  return (
    <p className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
      Demo mode: this Chartpath instance holds demo data and keeps its email in a development outbox. Do not enter real personal
      information.
    </p>
  );
}
