import { z } from "@hono/zod-openapi";
import type { Resource } from "../crisis-lines";
import { ApiError } from "../errors";
import type { ModerationReason } from "../moderation/pipeline";
import { ErrorFieldsSchema } from "../openapi";
import { ResourceSchema } from "./resource-schema";
import { ReasonSchema, SuggestionSchema } from "./schemas";

/**
 * A post the pipeline refused: 422 `refused`, nothing stored, with what to
 * change and a version to send instead; or, when it also sounds like its
 * author is in danger, the crisis lines and no version.
 */
export class PostRefused extends ApiError {
  constructor(
    readonly reasons: ModerationReason[],
    readonly suggestion: string | undefined,
    readonly resources?: Resource[],
  ) {
    super(422, "refused", "This post was not published. Each reason says what to change.", {
      reasons,
      ...(suggestion === undefined ? {} : { suggestion }),
      ...(resources === undefined ? {} : { resources }),
    });
  }
}

export const RefusalSchema = z
  .object({
    error: ErrorFieldsSchema.extend({
      code: z.literal("refused"),
      reasons: z.array(ReasonSchema),
      suggestion: SuggestionSchema.optional(),
      resources: z.array(ResourceSchema).optional().openapi({
        description: "Crisis resources for the request's country, present when the post also sounds like a crisis.",
      }),
    }),
  })
  .openapi("Refusal");
