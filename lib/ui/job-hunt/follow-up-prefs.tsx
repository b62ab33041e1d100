// The opt-in for follow-up reminder emails (ChecklistMark list "prefs").
import { ChecklistToggle } from "./checklist-toggle";

export function FollowUpEmailPref({ on }: { on: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>Email me when a follow-up is due:</span>
      <ChecklistToggle
        list="prefs"
        itemKey="follow-up-emails"
        label="Follow-up reminder emails"
        checked={on}
        onText="On"
        offText="Off — turn on"
      />
    </div>
  );
}
