"use server";
// Spreadsheet import in two steps on one form: "preview" validates and shows per-row errors,
// "import" commits every row in one transaction or nothing.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { CSV_FORM_BUDGET } from "@/lib/actions/form-input";
import { importSchema, type ImportState } from "@/lib/actions/job-hunt/schemas";
import { UserInputError } from "@/lib/data/errors";
import { commitImport, importProblemCount, previewImport } from "@/lib/data/job-hunt/import";
import { IMPORT_FIELDS, IMPORT_MAX_BYTES, type ImportMapping } from "@/lib/domain/application-import";

export const importApplicationsAction = userAction(
  // the previewed file comes back as one hidden text field
  { name: "importApplicationsAction", schema: importSchema, permission: "import:application:own", budget: CSV_FORM_BUDGET },
  async (input, user): Promise<ImportState> => {
    let csv = input.csv ?? "";
    if (input.file instanceof File && input.file.size > 0) {
      if (input.file.size > IMPORT_MAX_BYTES)
        throw new UserInputError("The file is larger than 2 MB.", { file: ["The file is larger than 2 MB. Split it into smaller files."] });
      csv = await input.file.text();
    }
    if (csv === "") throw new UserInputError("Choose a CSV file.", { file: ["Choose a CSV file."] });
    const mapping: ImportMapping | undefined = input.mapped
      ? Object.fromEntries(
          IMPORT_FIELDS.map((f) => [f.key, typeof input[`map_${f.key}`] === "string" ? (input[`map_${f.key}`] as string) : ""]),
        )
      : undefined;
    const { rows: _rows, ...preview } = previewImport(user, csv, mapping);
    if (input.intent === "import" && mapping) {
      // A refused import comes back as the preview it was refused for, so every problem the
      // message counts is listed beside it (and the chosen mapping stays).
      const problems = importProblemCount(preview);
      if (problems > 0)
        return {
          step: "preview",
          csv,
          preview,
          notice: `Nothing was imported: fix the ${problems} problem${problems === 1 ? "" : "s"} listed below and check again.`,
        };
      const { imported } = await commitImport(user, csv, mapping);
      revalidatePath("/learner/applications");
      return { step: "done", imported };
    }
    return { step: "preview", csv, preview };
  },
);
