"use client";
// Create an application.
import { useActionState } from "react";
import { createApplicationAction } from "@/lib/actions/job-hunt/create-application";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton } from "@/lib/ui/form-controls";
import { PhiConfirm } from "./controls";
import { ApplicationFieldset } from "./application-fields";

export function NewApplicationForm() {
  const [state, action] = useActionState(createApplicationAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <ApplicationFieldset state={state} />
      <PhiConfirm state={state} />
      <SubmitButton>Save application</SubmitButton>
    </form>
  );
}
