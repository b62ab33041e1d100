// The weekly email toggles' one input: whether the email should be on.
import { z } from "zod";
import { checkbox } from "@/lib/domain/form-fields";

export const weeklyEmailChoiceSchema = z.object({ enabled: checkbox });
