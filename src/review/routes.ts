import { createRoute, z } from "@hono/zod-openapi";
import { signedIn } from "../mod/gate";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { PostIdSchema } from "../posts/schemas";
import { decideOn } from "./apply";
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
  const post = await decideOn(c.var.db, c.req.valid("param").id, c.req.valid("json"), moderator.moderatorId);
  return c.json({ post: toModPost(post) }, 200);
});
