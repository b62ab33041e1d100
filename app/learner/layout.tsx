import { LearnerNav } from "@/lib/ui/learner-nav/learner-nav";

export default function LearnerLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <LearnerNav />
      {children}
    </>
  );
}
