import { z } from "@hono/zod-openapi";
import { ApiError } from "../errors";
import type { ModerationReason } from "../moderation/pipeline";
import { ErrorFieldsSchema } from "../openapi";
import { ReasonSchema, SuggestionSchema } from "./schemas";

/** A post the pipeline refused: 422 `refused`, nothing stored, with what to change and a version to send instead. */
export class PostRefused extends ApiError {
  constructor(
    readonly reasons: ModerationReason[],
    readonly suggestion: string | undefined,
  ) {
    super(422, "refused", "This post was not published. Each reason says what to change.", {
      reasons,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }
}

export const RefusalSchema = z
  .object({
    error: ErrorFieldsSchema.extend({
      code: z.literal("refused"),
      reasons: z.array(ReasonSchema),
      suggestion: SuggestionSchema.optional(),
    }),
  })
  .openapi("Refusal");
