"use server";
// A graduate answers their survey from the emailed link: no account, the token is the only key
// (lib/data/programs/graduate-surveys.ts records it once, rate-limited per link and address).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { graduateSurveySchema } from "@/lib/actions/programs/graduate-survey-schema";
import { clientIp } from "@/lib/auth/client-ip";
import { answerGraduateSurvey } from "@/lib/data/programs/graduate-surveys";

export const answerGraduateSurveyAction = publicAction(
  { name: "answerGraduateSurveyAction", schema: graduateSurveySchema },
  async ({ token, ...answer }) => {
    await answerGraduateSurvey(token, answer, clientIp(await headers()));
    redirect("/survey/thanks");
  },
);
