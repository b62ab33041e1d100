"use server";
// Saves the resume from pasted text or an uploaded .txt/.md/.docx file (the file wins).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { resumeSchema, RESUME_MAX_CHARS } from "@/lib/actions/job-hunt/schemas";
import { UserInputError } from "@/lib/data/errors";
import { saveResume } from "@/lib/data/job-hunt/resume";
import { extractResumeText } from "@/lib/data/job-hunt/resume-file";

export const saveResumeAction = userAction(
  { name: "saveResumeAction", schema: resumeSchema, permission: "update:resume:own" },
  async (input, user) => {
    const file = input.file instanceof File && input.file.size > 0 ? input.file : undefined;
    const text = file ? await extractResumeText(file) : (input.text ?? "");
    if (text.trim() === "")
      throw new UserInputError("Paste your resume or choose a file.", { text: ["Paste your resume or choose a file."] });
    if (text.length > RESUME_MAX_CHARS)
      throw new UserInputError(`The resume is longer than ${RESUME_MAX_CHARS.toLocaleString("en-US")} characters.`, {
        text: ["Shorten it: most resumes are under 10,000 characters."],
      });
    await saveResume(user, { text, fileName: file?.name ?? null, confirmPhi: input.confirmPhi });
    revalidatePath("/learner/resume");
    return { fromFile: file?.name ?? null };
  },
);
