import { z } from "@hono/zod-openapi";
import type { Appeal } from "../appeals/queries";
import { AppealSchema, toAppeal } from "../appeals/schemas";
import { type Post, posts, roles } from "../db/schema";
import { createSelectSchema } from "../db/zod";
import { moderationActions } from "../moderation/actions";
import { characterCount, normalize } from "../moderation/normalize";
import { kinds } from "../moderation/policy";
import { hourText, utcDay } from "../time";
import type { PublicPost } from "./queries";
import { ResourcesSchema } from "./resource-schema";

export const POST_MIN_CHARACTERS = 20;
export const POST_MAX_CHARACTERS = 2000;

// Generous before normalization (invisible characters and padding are
// dropped), but bounded so normalization never works on a huge string.
const RAW_BODY_MAX = 8 * POST_MAX_CHARACTERS;

export const PostIdSchema = z
  .string()
  .max(64)
  .openapi({ param: { name: "id", in: "path" }, example: "k3v9x2m7qp4d" });

export const CategorySlugSchema = z
  .string()
  // The first issue is the one a page shows: none chosen is said as a person would say it.
  .min(1, "Choose a category for your reflection.")
  .regex(/^[a-z][a-z-]{0,39}$/, "There is no such category: choose one of the board's categories.")
  .openapi({ example: "burnout" });

export const PostBodySchema = z
  .string()
  .max(RAW_BODY_MAX)
  .transform(normalize)
  .refine((text) => characterCount(text) >= POST_MIN_CHARACTERS, {
    message: `Write at least ${POST_MIN_CHARACTERS} characters.`,
  })
  .refine((text) => characterCount(text) <= POST_MAX_CHARACTERS, {
    message: `Keep it to ${POST_MAX_CHARACTERS} characters or fewer.`,
  })
  .openapi({
    type: "string",
    minLength: POST_MIN_CHARACTERS,
    maxLength: POST_MAX_CHARACTERS,
    description: "The reflection. Lengths count characters after normalization.",
  });

export const CreatePostSchema = z
  .strictObject({
    body: PostBodySchema,
    category: CategorySlugSchema,
    role: z.enum(roles).nullish(),
  })
  .openapi("CreatePost");

/** A post as the API shows it: the row's public columns, its time as text to the hour. */
export const ApiPostSchema = createSelectSchema(posts, {
  createdAt: z.string().openapi({
    format: "date-time",
    description: "To the hour, so a timestamp cannot point at one person.",
  }),
})
  .pick({ id: true, body: true, category: true, role: true, status: true, resonates: true, createdAt: true })
  .openapi("Post");

export type ApiPost = z.infer<typeof ApiPostSchema>;

export const ReasonSchema = z
  .object({
    rule: z.string().openapi({ example: "phone" }),
    kind: z.enum(kinds),
    action: z.enum(moderationActions),
    message: z.string().openapi({ description: "What to change, in plain language." }),
    start: z.number().int().openapi({ description: "Offset into the normalized body (UTF-16 code units)." }),
    end: z.number().int(),
  })
  .openapi("ModerationReason");

export const SuggestionSchema = z.string().openapi({
  description:
    "The post with each identifying part replaced by neutral words ('a client', 'a small town', 'recently'), for the author to accept, edit and send again. Never offered for a post held for crisis.",
  example: "A client no-showed again and I am so tired of this week",
});

export const ModerationSchema = z
  .object({
    decision: z.enum(moderationActions),
    reasons: z.array(ReasonSchema),
    resources: ResourcesSchema,
    suggestion: SuggestionSchema.optional(),
  })
  .openapi("Moderation");

export const CreatedPostSchema = z
  .object({
    post: ApiPostSchema,
    deleteToken: z.string().openapi({
      description: "Shown once. Keep it to delete the post later; only its hash is stored.",
    }),
    moderation: ModerationSchema,
  })
  .openapi("CreatedPost");

export type CreatedPost = z.infer<typeof CreatedPostSchema>;

export const PostStatusSchema = z
  .object({
    post: ApiPostSchema,
    reasons: z.array(ReasonSchema).openapi({ description: "Why the pipeline held the post, if it did." }),
    removal: z
      .object({ reason: z.string().nullable() })
      .nullable()
      .openapi({ description: "Set when a moderator removed the post, with the reason they gave." }),
    edited: z
      .object({ at: z.string().openapi({ format: "date" }), details: z.string() })
      .nullable()
      .openapi({
        description: "Set when a moderator edited the post: the day, and what kind of detail they took out.",
      }),
    appeal: AppealSchema.nullable().openapi({
      description: "The author's appeal, and a moderator's answer once given.",
    }),
  })
  .openapi("PostStatus");

export function toPostStatus(post: Post, appeal: Appeal | undefined): z.infer<typeof PostStatusSchema> {
  return {
    post: toApiPost(post),
    reasons: post.reasons,
    removal: post.status === "removed" ? { reason: post.removedReason } : null,
    // A redaction sets both (review/apply.ts).
    edited:
      post.redactedAt === null || post.redactedDetails === null
        ? null
        : { at: utcDay(post.redactedAt), details: post.redactedDetails },
    appeal: appeal ? toAppeal(appeal) : null,
  };
}

export function toApiPost(post: PublicPost): ApiPost {
  return {
    id: post.id,
    body: post.body,
    category: post.category,
    role: post.role,
    status: post.status,
    resonates: post.resonates,
    createdAt: hourText(post.createdAt),
  };
}
