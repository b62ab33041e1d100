// Role-aware navigation: shows only the areas the signed-in person holds (read from the
// database each request), an account link and sign-out; in demo mode, the demo notice.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AREAS } from "@/lib/auth/permissions";
import { SignOutButton } from "@/lib/ui/sign-out-button";
import { DemoModeNotice } from "@/lib/ui/demo-mode-notice";
import { env } from "@/lib/env";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const areas = user ? AREAS.filter((a) => user.roles.includes(a.role)) : [];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      {env().DEMO_MODE && <DemoModeNotice />}
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={user ? "/home" : "/"} className="mr-auto text-lg font-bold text-brand-700">
          Chartpath
        </Link>
        {user ? (
          <>
            {areas.length > 0 && (
              <ul className="flex flex-wrap gap-3 text-sm" aria-label="Areas">
                {areas.map((a) => (
                  <li key={a.role}>
                    <Link className="rounded px-2 py-1 font-medium text-slate-700 hover:bg-slate-100" href={a.href}>
                      {a.label}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <Link className="text-sm text-slate-700 hover:underline" href="/account">
              Account
            </Link>
            <SignOutButton />
          </>
        ) : (
          <>
            <Link className="text-sm font-medium text-slate-700 hover:underline" href="/sign-in">
              Sign in
            </Link>
            <Link className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800" href="/sign-up">
              Create account
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
