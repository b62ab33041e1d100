// Serializable descriptions of form fields, so server pages can describe a form and the one
// client component (action-form.tsx) renders it with errors wired and values echoed back.
export interface FieldOption { value: string; label: string; group?: string }

export type FieldSpec =
  | { kind: "text" | "number" | "date" | "url"; name: string; label: string; defaultValue?: string; hint?: string; min?: string; max?: string; step?: string; required?: boolean; inputMode?: "numeric" | "decimal" }
  | { kind: "select"; name: string; label: string; options: FieldOption[]; defaultValue?: string; hint?: string; required?: boolean }
  | { kind: "radio"; name: string; label: string; options: (FieldOption & { description?: string })[]; defaultValue?: string; hint?: string }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean; hint?: string }
  | { kind: "textarea"; name: string; label: string; defaultValue?: string; hint?: string; rows?: number }
  | { kind: "hidden"; name: string; value: string };
