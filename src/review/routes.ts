import { createRoute, z } from "@hono/zod-openapi";
import { signedIn } from "../mod/gate";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { PostIdSchema } from "../posts/schemas";
import { decideOn } from "./apply";
import { claimPost, releaseClaim } from "./claims";
import { ClaimSchema, ModPostSchema, ReviewActionSchema, toClaim, toModPost } from "./schemas";

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
    409: errorResponse(
      "The action is not allowed from the post's status, the post changed meanwhile, or another moderator has claimed it",
    ),
    422: errorResponse("The redacted body still fails the moderation pipeline; `reasons` says why"),
  },
});

const claimRoute = createRoute({
  method: "post",
  path: "/api/mod/posts/{id}/claim",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary:
    "Claim a post for fifteen minutes (or renew one's own claim), so no other moderator acts on it meanwhile; acting on it ends the claim",
  request: { params: z.object({ id: PostIdSchema }) },
  responses: {
    200: jsonContent(z.object({ claim: ClaimSchema }), "The claim"),
    401: errorResponse("Not signed in"),
    403: errorResponse("The request came from another origin"),
    404: errorResponse("No post has this id"),
    409: errorResponse("Another moderator's claim lasts; `claimedBy` and `until` say whose and until when"),
  },
});

const releaseRoute = createRoute({
  method: "delete",
  path: "/api/mod/posts/{id}/claim",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "Let one's own claim on a post go (another moderator's is left alone)",
  request: { params: z.object({ id: PostIdSchema }) },
  responses: {
    204: { description: "No claim of yours remains on the post" },
    401: errorResponse("Not signed in"),
    403: errorResponse("The request came from another origin"),
  },
});

export const reviewRoutes = createRouter()
  .openapi(actionRoute, async (c) => {
    const moderator = signedIn(c);
    const post = await decideOn(c.var.db, c.req.valid("param").id, c.req.valid("json"), moderator.moderatorId);
    return c.json({ post: toModPost(post) }, 200);
  })
  .openapi(claimRoute, async (c) => {
    const claim = await claimPost(c.var.db, c.req.valid("param").id, signedIn(c).moderatorId, Date.now());
    return c.json({ claim: toClaim(claim) }, 200);
  })
  .openapi(releaseRoute, async (c) => {
    await releaseClaim(c.var.db, c.req.valid("param").id, signedIn(c).moderatorId);
    return c.body(null, 204);
  });
