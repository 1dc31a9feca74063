import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../errors";
import { signedIn } from "../mod/gate";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { findPost } from "../posts/queries";
import { PostIdSchema } from "../posts/schemas";
import { applyDecision } from "./apply";
import { ModPostSchema, ReviewActionSchema, toModPost } from "./schemas";

const actionRoute = createRoute({
  method: "post",
  path: "/api/mod/posts/{id}/actions",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "Approve, remove (with a reason the author sees), redact (with a new body) or restore a post",
  request: {
    params: z.object({ id: PostIdSchema }),
    body: { required: true, content: { "application/json": { schema: ReviewActionSchema } } },
  },
  responses: {
    200: jsonContent(z.object({ post: ModPostSchema }), "The post after the action"),
    400: errorResponse("The action, reason or body is not valid"),
    401: errorResponse("Not signed in"),
    403: errorResponse("The request came from another origin"),
    404: errorResponse("No post has this id"),
    409: errorResponse("The action is not allowed from the post's status, or the post changed meanwhile"),
    422: errorResponse("The redacted body still fails the moderation pipeline; `reasons` says why"),
  },
});

export const reviewRoutes = createRouter().openapi(actionRoute, async (c) => {
  const moderator = signedIn(c);
  const { id } = c.req.valid("param");
  const db = c.var.db;
  const post = await findPost(db, id);
  if (!post) throw notFound("There is no post with this id.");
  await applyDecision(db, post, c.req.valid("json"), moderator.moderatorId, Date.now());
  const updated = await findPost(db, id);
  if (!updated) throw notFound("The post was deleted by its author meanwhile.");
  return c.json({ post: toModPost(updated) }, 200);
});
