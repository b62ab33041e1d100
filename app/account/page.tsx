import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { AREAS, hasPermission } from "@/lib/auth/permissions";
import { issueCalendarFeedAction } from "@/lib/actions/learner/issue-calendar-feed";
import { revokeCalendarFeedAction } from "@/lib/actions/learner/revoke-calendar-feed";
import { calendarFeedStatus } from "@/lib/data/learner/calendar-feed";
import { emailsToMe } from "@/lib/data/my-emails";
import { EmailsToMe } from "@/lib/ui/account/emails-to-me";
import { CalendarFeedCard } from "@/lib/ui/learner/calendar-feed-card";
import { formatDateTime } from "@/lib/ui/format";
import { Notice } from "@/lib/ui/auth/auth-card";
import { ChangePasswordForm } from "@/lib/ui/auth/change-password-form";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { WeeklyEmailPreferences } from "@/lib/ui/account/weekly-email-preferences";
import Link from "next/link";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUser();
  const { changed } = await searchParams;
  const areas = AREAS.filter((a) => user.roles.includes(a.role));
  const [feed, emails] = await Promise.all([
    hasPermission(user, "manage:calendar-feed:own") ? calendarFeedStatus(user).then((status) => ({ status })) : null,
    emailsToMe(user),
  ]);
  return (
    <>
      <PageHeader title="Your account" subtitle={`${user.name} · ${user.email}`} />
      {changed && <Notice>Your password was changed. Other devices have been signed out and any calendar link turned off.</Notice>}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Your roles">
          {areas.length === 0 ? (
            <p>You have no role yet.</p>
          ) : (
            <ul className="space-y-2">
              {areas.map((a) => (
                <li key={a.role}>
                  <Link className="text-brand-700 underline" href={a.href}>
                    {a.label} area
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Change password">
          <ChangePasswordForm />
        </Card>
        {feed && (
          <Card title="Calendar subscription" id="calendar">
            <CalendarFeedCard
              active={
                feed.status && {
                  since: formatDateTime(feed.status.createdAt),
                  lastRead: feed.status.lastFetchedAt && formatDateTime(feed.status.lastFetchedAt),
                }
              }
              issue={issueCalendarFeedAction}
              revoke={revokeCalendarFeedAction}
            />
          </Card>
        )}
        <Card title="Emails to you" id="emails">
          <EmailsToMe emails={emails} />
        </Card>
        <WeeklyEmailPreferences user={user} />
        <Card title="Programs">
          <p className="text-sm">
            In a training program?{" "}
            <Link className="text-brand-700 underline" href="/join">
              Join a cohort with a code
            </Link>
            .
          </p>
          <p className="mt-2 text-sm">
            Run a college course, bootcamp or prep program?{" "}
            <Link className="text-brand-700 underline" href="/programs/new">
              Create a program
            </Link>{" "}
            to onboard cohorts and follow outcomes.
          </p>
        </Card>
      </div>
    </>
  );
}
