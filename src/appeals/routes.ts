import { createRoute, z } from "@hono/zod-openapi";
import { cacheControl } from "../cache-control";
import { signedIn } from "../mod/gate";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { authorsPost, bearerToken } from "../posts/author";
import { PostIdSchema } from "../posts/schemas";
import { fileAppeal, upholdAppeal } from "./file";
import { AppealSchema, NewAppealSchema, toAppeal, UpholdSchema } from "./schemas";

const appealRoute = createRoute({
  method: "post",
  path: "/api/posts/{id}/appeal",
  tags: ["posts"],
  summary:
    "Appeal a hold or a removal, once, with a short note (read by the moderation pipeline as a post is); a moderator's answer appears in the post's status",
  security: [{ deleteToken: [] }],
  request: {
    params: z.object({ id: PostIdSchema }),
    body: { required: true, content: { "application/json": { schema: NewAppealSchema } } },
  },
  responses: {
    201: jsonContent(z.object({ appeal: AppealSchema }), "The appeal, waiting for a moderator"),
    400: errorResponse("The note is empty or too long"),
    401: errorResponse("No delete token was presented"),
    404: errorResponse("No post has this id, or the token is not its token"),
    409: errorResponse("The post is published (nothing to appeal), or it was appealed before"),
    422: errorResponse(
      "The note has something the board cannot keep; `reasons` says what (and `resources` in a crisis)",
    ),
  },
});

const upholdRoute = createRoute({
  method: "post",
  path: "/api/mod/posts/{id}/appeal",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary:
    "Uphold the decision an author appealed, with a reason they read; to grant it, publish or restore the post instead",
  request: {
    params: z.object({ id: PostIdSchema }),
    body: { required: true, content: { "application/json": { schema: UpholdSchema } } },
  },
  responses: {
    204: { description: "Upheld; the author's status page says so, with the reason" },
    400: errorResponse("No reason was given"),
    401: errorResponse("Not signed in"),
    403: errorResponse("The request came from another origin"),
    404: errorResponse("The post has no appeal waiting"),
  },
});

export const appealRoutes = createRouter()
  .openapi(appealRoute, async (c) => {
    const post = await authorsPost(c.var.db, c.req.valid("param").id, bearerToken(c.req.header("Authorization")));
    const appeal = await fileAppeal(c.var.db, post, c.req.valid("json").note, Date.now());
    c.header("Cache-Control", cacheControl.private);
    return c.json({ appeal: toAppeal(appeal) }, 201);
  })
  .openapi(upholdRoute, async (c) => {
    const { id } = c.req.valid("param");
    await upholdAppeal(c.var.db, id, signedIn(c).moderatorId, c.req.valid("json").reason, Date.now());
    return c.body(null, 204);
  });
