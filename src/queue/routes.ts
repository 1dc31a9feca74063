import { createRoute, z } from "@hono/zod-openapi";
import { APPEALS_SHOWN, appealedRemovals } from "../appeals/queries";
import { AppealSchema, toAppeal } from "../appeals/schemas";
import { AuditEntrySchema, toAuditEntry } from "../audit/schemas";
import { PageLimitSchema } from "../cursor";
import { flagReasons } from "../db/schema";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { ClaimSchema, ModPostSchema, toClaim, toModPost } from "../review/schemas";
import { decodeQueueCursor, encodeQueueCursor } from "./cursor";
import { QueueFilterSchema } from "./filters";
import { type ReviewItem, reviewItemsOf } from "./items";
import { listQueue } from "./queries";

const QueueQuerySchema = z.strictObject({
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: "The nextCursor of the previous page (send the same filters with it)." }),
  limit: PageLimitSchema,
  ...QueueFilterSchema.shape,
});

const QueueItemSchema = z
  .object({
    post: ModPostSchema,
    flags: z.object({
      total: z.number().int(),
      byReason: z.partialRecord(z.enum(flagReasons), z.number().int()),
      notes: z.array(z.string()).openapi({ description: "Readers' notes on their open flags, oldest first." }),
      since: z.string().nullable().openapi({
        description: "The hour of the oldest open report (ISO 8601), from which a reported post has waited.",
      }),
    }),
    history: z.array(AuditEntrySchema).openapi({ description: "Moderator actions on this post, oldest first." }),
    claim: ClaimSchema.nullable().openapi({ description: "The moderator working on this post now, if any." }),
    appeal: AppealSchema.nullable().openapi({ description: "The author's appeal, waiting or answered." }),
  })
  .openapi("QueueItem");

const queueRoute = createRoute({
  method: "get",
  path: "/api/mod/queue",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary:
    "Held posts, and posts readers reported (hidden or still published), most severe first (crisis, identifying, the rest; older first within each); filtered by kind, category, held or reported, and time waited",
  request: { query: QueueQuerySchema },
  responses: {
    200: jsonContent(
      z.object({ items: z.array(QueueItemSchema), nextCursor: z.string().nullable() }).openapi("QueuePage"),
      "One page of the queue",
    ),
    400: errorResponse("A parameter or the cursor is not valid"),
    401: errorResponse("Not signed in"),
  },
});

const appealsRoute = createRoute({
  method: "get",
  path: "/api/mod/appeals",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary:
    "Removed posts whose authors appealed and wait for an answer, oldest appeal first (appeals of held or hidden posts are on their items in the queue)",
  responses: {
    200: jsonContent(z.object({ items: z.array(QueueItemSchema) }), "Every waiting appeal of a removal"),
    401: errorResponse("Not signed in"),
  },
});

export const queueRoutes = createRouter()
  .openapi(appealsRoute, async (c) => {
    const items = await reviewItemsOf(c.var.db, await appealedRemovals(c.var.db, APPEALS_SHOWN));
    return c.json({ items: items.map(toQueueItem) }, 200);
  })
  .openapi(queueRoute, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid("query");
    const after = cursor === undefined ? undefined : decodeQueueCursor(cursor);
    const page = await listQueue(c.var.db, after, limit, filters);
    const items = await reviewItemsOf(c.var.db, page.posts);
    return c.json(
      {
        items: items.map(toQueueItem),
        nextCursor: page.next && encodeQueueCursor(page.next),
      },
      200,
    );
  });

function toQueueItem({ post, flags, history, claim, appeal }: ReviewItem): z.infer<typeof QueueItemSchema> {
  return {
    post: toModPost(post),
    flags: { ...flags, since: flags.since === null ? null : new Date(flags.since).toISOString() },
    history: history.map(toAuditEntry),
    claim: claim && toClaim(claim),
    appeal: appeal && toAppeal(appeal),
  };
}
