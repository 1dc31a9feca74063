import { z } from "@hono/zod-openapi";
import type { Post } from "../db/schema";
import { ApiPostSchema, PostBodySchema, ReasonSchema, toApiPost } from "../posts/schemas";
import type { Claim } from "./claims";
import { reviewActions } from "./transitions";

export const REVIEW_REASON_MAX = 500;

export const ReviewActionSchema = z
  .strictObject({
    action: z.enum(reviewActions),
    reason: z
      .string()
      .trim()
      .max(REVIEW_REASON_MAX)
      .optional()
      .openapi({ description: "Required to remove (the author sees it); recorded in the audit log for any action." }),
    body: PostBodySchema.optional().openapi({
      description: "Required to redact: the post with identifying details edited out.",
    }),
    revision: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .openapi({ description: "The revision the moderator saw; if the post changed since, the answer is 409." }),
  })
  .superRefine((request, context) => {
    if (request.action === "remove" && !request.reason) {
      context.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Say why the post is removed: its author will see it.",
      });
    }
    if (request.action === "redact" && request.body === undefined) {
      context.addIssue({ code: "custom", path: ["body"], message: "Give the redacted text of the post." });
    }
    if (request.action !== "redact" && request.body !== undefined) {
      context.addIssue({ code: "custom", path: ["body"], message: "Only a redaction changes the text." });
    }
  })
  .openapi("ReviewAction");

/** A post as moderators see it: exact times and everything the queue needs. */
export const ModPostSchema = ApiPostSchema.extend({
  createdAt: z.string().openapi({ format: "date-time", description: "Exact: only moderators see this." }),
  reasons: z.array(ReasonSchema),
  removedReason: z.string().nullable(),
  flagClearances: z.number().int(),
  revision: z.number().int(),
}).openapi("ModPost");

export type ModPost = z.infer<typeof ModPostSchema>;

export function toModPost(post: Post): ModPost {
  return {
    ...toApiPost(post),
    createdAt: new Date(post.createdAt).toISOString(),
    reasons: post.reasons,
    removedReason: post.removedReason,
    flagClearances: post.flagClearances,
    revision: post.revision,
  };
}

export const ClaimSchema = z
  .object({
    moderator: z.string().openapi({ description: "The username of the moderator working on the post." }),
    until: z.string().openapi({ format: "date-time", description: "The claim ends then unless renewed." }),
  })
  .openapi("Claim");

export function toClaim(claim: Claim): z.infer<typeof ClaimSchema> {
  return { moderator: claim.username, until: new Date(claim.expiresAt).toISOString() };
}
