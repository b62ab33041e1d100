// The site footer on every page: where to go next (quiz, career facts, programs, sign in)
// and the promise that Chartpath never holds patient information.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";

const LINKS = [
  { href: "/quiz", label: "Take the quiz" },
  { href: "/careers", label: "Career facts" },
  { href: "/for-programs", label: "For programs" },
] as const;

// The session read is the header's (cached per request), so the footer adds no query.
export async function SiteFooter() {
  const user = await getCurrentUser();
  const links = [...LINKS, user ? { href: "/home", label: "Your home" } : { href: "/sign-in", label: "Sign in" }];
  return (
    <footer className="no-print mt-8 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <div>
          <p className="text-lg font-bold text-brand-700">Chartpath</p>
          <p className="mt-1 max-w-sm text-sm text-slate-600">
            Your path into medical coding or billing. Chartpath stores career data only — never patient information.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-x-8 gap-y-2 text-sm sm:flex sm:flex-wrap sm:gap-x-6">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="font-medium text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
