"use client";
// /design: buttons that raise the two kinds of toast, so their look and axe result can be checked.
import { Button } from "@/lib/ui/primitives/button";
import { toast } from "@/lib/ui/primitives/toast";

export function ToastDemo() {
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" onClick={() => void toast("Saved", { description: "Your study session is logged." })}>
        Show a toast
      </Button>
      <Button variant="secondary" onClick={() => void toast("Moved to Interviewing", { undo: () => void toast("Moved back to Applied") })}>
        Show a toast with Undo
      </Button>
    </div>
  );
}
