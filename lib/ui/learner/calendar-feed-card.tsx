"use client";
// The account page's calendar subscription: create the secret link, see it once with ways to
// add it to Google Calendar, Apple Calendar or Outlook, replace it, or turn it off.
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions/action";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton } from "@/lib/ui/form-controls";
import type { FormAction } from "@/lib/ui/forms/action-form";
import { Button } from "@/lib/ui/primitives/button";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";
import { ConfirmDialog } from "@/lib/ui/primitives/confirm-dialog";
import { Input } from "@/lib/ui/primitives/input";

interface FeedUrls {
  httpsUrl: string;
  webcalUrl: string;
}

export interface CalendarFeedCardProps {
  /** Preformatted on the server; null when no link is active. */
  active: { since: string; lastRead: string | null } | null;
  issue: FormAction<FeedUrls>;
  revoke: FormAction<{ revoked: boolean }>;
}

function IssuedLink({ urls }: { urls: FeedUrls }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(urls.httpsUrl);
    setCopied(true);
  };
  // The https URL, not webcal://: Google may fetch a webcal link over plain http, token and all.
  const google = `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(urls.httpsUrl)}`;
  const outlook = `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(urls.httpsUrl)}&name=Chartpath`;
  const link = buttonVariants({ variant: "secondary", size: "sm" });
  return (
    <div className="space-y-3 rounded-md border border-brand-200 bg-brand-50 p-3" role="status">
      <p className="text-sm font-medium">Your calendar link is ready. Copy it now: for your security it is shown only once.</p>
      <div className="flex flex-wrap gap-2">
        <label htmlFor="calendar-feed-url" className="sr-only">
          Calendar subscription link
        </label>
        <Input
          id="calendar-feed-url"
          readOnly
          value={urls.httpsUrl}
          className="min-w-0 flex-1 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button type="button" size="sm" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
      <div className="flex flex-wrap gap-2">
        <a className={link} href={urls.webcalUrl}>
          Open in Apple Calendar
        </a>
        <a className={link} href={google} target="_blank" rel="noopener noreferrer">
          Add to Google Calendar
        </a>
        <a className={link} href={outlook} target="_blank" rel="noopener noreferrer">
          Add to Outlook.com
        </a>
      </div>
      <p className="text-xs text-slate-700">Anyone with this link can see these dates. If it gets out, get a new link.</p>
    </div>
  );
}

export function CalendarFeedCard({ active, issue, revoke }: CalendarFeedCardProps) {
  const [issued, issueAction, issuing] = useActionState(issue, idle as ActionState<FeedUrls>);
  const [revoked, revokeAction, revoking] = useActionState(revoke, idle as ActionState<{ revoked: boolean }>);
  const fresh = issued.status === "ok" ? issued.data : null;
  // A turn-off after the link was shown hides it: the page's `active` follows on revalidation.
  const showFresh = fresh && !(revoked.status === "ok" && !active);
  return (
    <div className="space-y-3 text-sm">
      <p>
        Subscribe to your plan milestones, exam dates and application follow-ups in Google Calendar, Apple Calendar or Outlook. It updates
        when you change them here (calendar apps check every hour or so; Google can take up to a day).
      </p>
      {showFresh && <IssuedLink urls={fresh} />}
      {active ? (
        <>
          <p>
            Link active since {active.since}.{" "}
            {active.lastRead ? `Last read by a calendar app ${active.lastRead}.` : "No calendar app has read it yet."}
          </p>
          <div className="flex flex-wrap gap-2">
            <form action={issueAction}>
              <ConfirmDialog
                triggerLabel="Get a new link"
                triggerVariant="secondary"
                title="Replace your calendar link?"
                description="Your current link stops working at once: calendars subscribed to it stop updating until you add the new one."
                confirmLabel="Replace link"
                pending={issuing}
              />
            </form>
            <form action={revokeAction}>
              <ConfirmDialog
                triggerLabel="Turn off"
                title="Turn off your calendar link?"
                description="The link stops working at once and calendars subscribed to it stop updating. You can create a new link later."
                confirmLabel="Turn off link"
                pending={revoking}
              />
            </form>
          </div>
        </>
      ) : (
        <form action={issueAction}>
          <SubmitButton pendingLabel="Creating…">Create my calendar link</SubmitButton>
        </form>
      )}
      <FormMessage state={issued} />
      <FormMessage state={revoked} />
    </div>
  );
}
