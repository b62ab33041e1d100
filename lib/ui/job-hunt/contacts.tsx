"use client";
// Contacts of an application: list with remove buttons, and a form to add one.
import { useActionState } from "react";
import { addContactAction } from "@/lib/actions/job-hunt/add-contact";
import { removeContactAction } from "@/lib/actions/job-hunt/remove-contact";
import { idle } from "@/lib/actions/idle";
import { CONTACT_ROLE_LABELS, CONTACT_ROLES, type ContactRole } from "@/lib/domain/application-fields";
import { FormMessage, SubmitButton, TextField } from "@/lib/ui/form-controls";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { SelectField } from "@/lib/ui/forms/controls";

interface Contact {
  id: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
}

function RemoveContact({ applicationId, contact }: { applicationId: string; contact: Contact }) {
  return (
    <ActionButton
      action={removeContactAction}
      fields={{ applicationId, contactId: contact.id }}
      label="Remove"
      context={contact.name}
      confirm={{ title: `Remove ${contact.name}?`, description: "Their name and details leave this application. This cannot be undone." }}
    />
  );
}

export function Contacts({ applicationId, contacts }: { applicationId: string; contacts: Contact[] }) {
  const [state, action] = useActionState(addContactAction, idle);
  return (
    <div className="space-y-4">
      {contacts.length === 0 ? (
        <p className="text-sm text-slate-700">No contacts yet. Add the recruiter or interviewer so follow-ups go to the right person.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {contacts.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <strong>{c.name}</strong> · {CONTACT_ROLE_LABELS[c.role as ContactRole] ?? c.role}
                {c.email ? ` · ${c.email}` : ""}
                {c.phone ? ` · ${c.phone}` : ""}
              </span>
              <RemoveContact applicationId={applicationId} contact={c} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="grid gap-2 sm:grid-cols-2" key={state.status === "ok" ? state.data.id : "new"} noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <div className="sm:col-span-2">
          <FormMessage state={state} />
        </div>
        <TextField id="contact-name" name="name" label="Contact name" state={state} required />
        <SelectField
          id="contact-role"
          name="role"
          label="Contact role"
          state={state}
          options={CONTACT_ROLES.map((r) => ({ value: r, label: CONTACT_ROLE_LABELS[r] }))}
        />
        <TextField id="contact-email" name="email" label="Contact email" type="email" state={state} />
        <TextField id="contact-phone" name="phone" label="Contact phone" type="tel" state={state} />
        <div>
          <SubmitButton variant="secondary" size="sm">
            Add contact
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
