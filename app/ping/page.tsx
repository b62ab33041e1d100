// The benchmark's floor: a page with no data of its own, rendered through the same proxy,
// root layout, session read and CSP nonce as every other page. `npm run bench` reports each
// page as a multiple of this one (QUALITY.md: "a trivial page served by the same server").
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Server check", robots: { index: false } };

export default function PingPage() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-bold">The web server is responding</h1>
      <p className="mt-3 text-slate-700">This page checks only that Chartpath&apos;s web server answers; it reads no data.</p>
    </div>
  );
}
