import { z } from "@hono/zod-openapi";
import { PageLimitSchema } from "../cursor";
import { ApiPostSchema, CategorySlugSchema } from "../posts/schemas";
import { feedPeriods, feedSorts } from "./cursor";

export const FeedQuerySchema = z.strictObject({
  category: CategorySlugSchema.optional(),
  sort: z.enum(feedSorts).default("new").openapi({ description: "new: newest first; top: most resonated first." }),
  period: z
    .enum(feedPeriods)
    .default("all")
    .openapi({ description: "With sort=top: posts of the last `week` (7 days), `month` (30 days) or `all` time." }),
  cursor: z.string().max(512).optional().openapi({ description: "The nextCursor of the previous page." }),
  limit: PageLimitSchema,
});

export const FeedPageSchema = z
  .object({
    posts: z.array(ApiPostSchema),
    nextCursor: z.string().nullable().openapi({ description: "null on the last page." }),
  })
  .openapi("FeedPage");
