import { z } from "@hono/zod-openapi";
import { type Flag, flagReasons, type PostStatus } from "../db/schema";
import { characterCount, normalize } from "../moderation/normalize";
import { hourText } from "../time";

export const FLAG_NOTE_MAX_CHARACTERS = 500;

export const FlagRequestSchema = z
  .strictObject({
    reason: z.enum(flagReasons),
    note: z
      .string()
      .max(4 * FLAG_NOTE_MAX_CHARACTERS)
      .transform(normalize)
      .refine((note) => characterCount(note) <= FLAG_NOTE_MAX_CHARACTERS, {
        message: `Keep the note to ${FLAG_NOTE_MAX_CHARACTERS} characters or fewer.`,
      })
      .nullish()
      .openapi({ type: "string", maxLength: FLAG_NOTE_MAX_CHARACTERS, description: "Seen only by moderators." }),
  })
  .openapi("FlagRequest");

export type FlagRequest = z.infer<typeof FlagRequestSchema>;

export const ReceiptSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "A receipt is the 43-character token given when the flag was made.")
  .openapi({ param: { name: "receipt", in: "path" } });

export const flagOutcomes = ["open", "hidden", "removed", "redacted", "dismissed"] as const;
export type FlagOutcome = (typeof flagOutcomes)[number];

const OUTCOME_MESSAGES: Record<FlagOutcome, string> = {
  open: "Your report is with the moderators: the post stays up until one of them has read it.",
  hidden: "The post is hidden while a moderator reviews the reports.",
  removed: "The post is no longer on the board.",
  redacted: "A moderator edited the post to take out what should not have been there.",
  dismissed: "A moderator reviewed the post and kept it up as it is.",
};

export const FlagStateSchema = z
  .object({
    reason: z.enum(flagReasons),
    outcome: z.enum(flagOutcomes),
    message: z.string().openapi({ description: "The outcome in plain language." }),
    createdAt: z.string().openapi({ format: "date-time", description: "To the hour." }),
    resolvedAt: z.string().nullable().openapi({ format: "date-time", description: "To the hour; null while open." }),
    postId: z
      .string()
      .nullable()
      .openapi({ description: "The post reported, while readers can still read it (published); otherwise null." }),
  })
  .openapi("FlagState");

export const FlagReceiptSchema = z
  .object({
    receipt: z.string().nullable().openapi({
      description:
        "Keep it to ask later what became of the report (GET /api/flags/{receipt}). Given once: null when you had reported this post already, as the receipt given then still works.",
    }),
    flag: FlagStateSchema,
  })
  .openapi("FlagReceipt");

/** A flag as its reader may see it: the row's reason and settling, and what became of its post. */
export type FlagView = Pick<Flag, "reason" | "resolution" | "createdAt" | "resolvedAt"> & {
  postId: string | null;
  postStatus: PostStatus | null;
};

export function toFlagState(flag: FlagView): z.infer<typeof FlagStateSchema> {
  const outcome = outcomeOf(flag);
  return {
    reason: flag.reason,
    outcome,
    message: OUTCOME_MESSAGES[outcome],
    createdAt: hourText(flag.createdAt),
    resolvedAt: flag.resolvedAt === null ? null : hourText(flag.resolvedAt),
    postId: flag.postStatus === "published" ? flag.postId : null,
  };
}

function outcomeOf(flag: FlagView): FlagOutcome {
  if (flag.resolution) return flag.resolution;
  if (flag.postStatus === null) return "removed";
  return flag.postStatus === "hidden" ? "hidden" : "open";
}
