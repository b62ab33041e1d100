// The public pages' calls to action: the fit quiz first, an account second.
import Link from "next/link";

const PRIMARY = "inline-flex items-center justify-center rounded-md px-5 py-3 font-semibold";

export function QuizCta({ tone = "light", label = "Take the 3-minute fit quiz" }: { tone?: "light" | "dark"; label?: string }) {
  const colours = tone === "dark" ? "bg-white text-brand-800 hover:bg-brand-50" : "bg-brand-700 text-white hover:bg-brand-800";
  return (
    <Link href="/quiz" className={`${PRIMARY} ${colours}`}>
      {label}
    </Link>
  );
}

export function SignUpCta({ tone = "light", label = "Create your free account" }: { tone?: "light" | "dark"; label?: string }) {
  const colours =
    tone === "dark"
      ? "text-white ring-1 ring-white/70 hover:bg-white/10"
      : "bg-white text-brand-800 ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <Link href="/sign-up" className={`${PRIMARY} ${colours}`}>
      {label}
    </Link>
  );
}
