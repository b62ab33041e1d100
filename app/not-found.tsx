import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <p className="mt-6">
        <Link className="text-brand-700 underline" href="/">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
