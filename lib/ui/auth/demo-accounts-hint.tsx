// Shown only in embedded/demo mode, where the demo accounts exist.
import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";

export function DemoAccountsHint() {
  return (
    <section aria-labelledby="demo-accounts" className="mt-6 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
      <h2 id="demo-accounts" className="font-semibold">
        Demo accounts
      </h2>
      <p>
        Password for all: <code>{DEMO_ACCOUNTS.password}</code>
      </p>
      <ul className="mt-1 list-disc pl-5">
        {DEMO_ACCOUNTS.users.map((u) => (
          <li key={u.email}>
            {u.role}: <code>{u.email}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
