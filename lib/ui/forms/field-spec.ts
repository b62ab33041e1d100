// Serializable descriptions of form fields, so a server page can declare a form without
// writing a client component; action-form.tsx renders them with errors wired and values kept.
export interface FieldOption {
  value: string;
  label: string;
  group?: string;
}

interface Labelled {
  name: string;
  label: string;
  hint?: string;
}

export type FieldSpec =
  | (Labelled & {
      kind: "text" | "email" | "date" | "number" | "url" | "password";
      defaultValue?: string;
      required?: boolean;
      autoComplete?: string;
      maxLength?: number;
      min?: string;
      max?: string;
      step?: string;
      inputMode?: "numeric" | "decimal";
    })
  | (Labelled & { kind: "textarea"; defaultValue?: string; required?: boolean; rows?: number; maxLength?: number })
  | (Labelled & { kind: "select"; options: FieldOption[]; defaultValue?: string; required?: boolean })
  | (Labelled & { kind: "radio"; options: (FieldOption & { description?: string })[]; defaultValue?: string })
  | (Labelled & { kind: "checkbox"; defaultChecked?: boolean })
  | (Labelled & { kind: "file"; accept?: string; required?: boolean })
  | { kind: "hidden"; name: string; value: string };
