// A link for the learner; plain text when an advisor or admin views the same component
// read-only (the learner's pages are not theirs to open).
import Link from "next/link";

export function MaybeLink({
  staff,
  href,
  className,
  children,
}: {
  staff?: boolean;
  href: string;
  className?: string;
  children: React.ReactNode;
}) {
  return staff ? (
    <span>{children}</span>
  ) : (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
