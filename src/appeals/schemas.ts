import { z } from "@hono/zod-openapi";
import { APPEAL_NOTE_MAX } from "./file";
import type { Appeal } from "./queries";

export const NewAppealSchema = z
  .strictObject({
    note: z
      .string()
      .trim()
      .min(1, "Say in a sentence or two why a moderator should look again.")
      .max(APPEAL_NOTE_MAX, `An appeal note is at most ${APPEAL_NOTE_MAX} characters.`),
  })
  .openapi("NewAppeal");

export const UpholdSchema = z
  .strictObject({
    reason: z.string().trim().min(1, "Give the author a reason.").max(APPEAL_NOTE_MAX),
  })
  .openapi("Uphold");

export const AppealSchema = z
  .object({
    note: z.string(),
    appealedAt: z.string().openapi({ format: "date-time", description: "The hour of the appeal." }),
    decision: z
      .enum(["upheld", "granted"])
      .nullable()
      .openapi({ description: "Null while a moderator has not decided." }),
    decidedAt: z.string().nullable().openapi({ format: "date-time" }),
    reason: z.string().nullable().openapi({ description: "The moderator's reason, for the author." }),
  })
  .openapi("Appeal");

export function toAppeal(appeal: Appeal): z.infer<typeof AppealSchema> {
  return {
    note: appeal.note,
    appealedAt: new Date(appeal.appealedAt).toISOString(),
    decision: appeal.decision,
    decidedAt: appeal.decidedAt === null ? null : new Date(appeal.decidedAt).toISOString(),
    reason: appeal.reason,
  };
}
