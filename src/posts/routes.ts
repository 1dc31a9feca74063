import { createRoute, z } from "@hono/zod-openapi";
import { findAppeal } from "../appeals/queries";
import { cacheControl } from "../cache-control";
import { notFound } from "../errors";
import { requestClient } from "../limits/limits";
import { createRouter, errorResponse, jsonContent } from "../openapi";
import { readerCountry } from "../reader-country";
import { authorsPost, bearerToken } from "./author";
import { deletePost, findPublishedPost } from "./queries";
import { RefusalSchema } from "./refusal";
import {
  ApiPostSchema,
  CreatedPostSchema,
  CreatePostSchema,
  PostIdSchema,
  PostStatusSchema,
  toApiPost,
  toPostStatus,
} from "./schemas";
import { postingServices, submitPost } from "./submit";

const createPostRoute = createRoute({
  method: "post",
  path: "/api/posts",
  tags: ["posts"],
  summary: "Submit a reflection",
  request: {
    headers: z.object({
      "idempotency-key": z.string().optional().openapi({
        description: "A random value (a UUID); a retry with the same key within 24 hours gets the first answer.",
      }),
    }),
    body: { required: true, content: { "application/json": { schema: CreatePostSchema } } },
  },
  responses: {
    201: jsonContent(CreatedPostSchema, "Published. The delete token is shown only in this answer."),
    202: jsonContent(
      CreatedPostSchema,
      "Held for a moderator (post.status is pending), with the reasons and, unless held for crisis, a de-identified suggestion; held for crisis, `moderation.resources` lists the crisis lines for the request's country (988 when unknown) and the international directory",
    ),
    400: errorResponse("The body, category or role is not valid"),
    409: errorResponse("The Idempotency-Key was used before for a different post"),
    413: errorResponse("The request body is too large"),
    422: errorResponse(
      "Refused by the moderation pipeline; `reasons` says why and `suggestion` offers a de-identified version. Nothing was stored.",
      RefusalSchema,
    ),
    429: errorResponse("Over a posting limit; the Retry-After header says when to try again"),
    503: errorResponse("The rate limiter is unavailable; posting fails closed until it is back"),
  },
});

const getPostRoute = createRoute({
  method: "get",
  path: "/api/posts/{id}",
  tags: ["posts"],
  summary: "One published post",
  request: { params: z.object({ id: PostIdSchema }) },
  responses: {
    200: jsonContent(z.object({ post: ApiPostSchema }), "The post"),
    404: errorResponse("No published post has this id"),
  },
});

const deletePostRoute = createRoute({
  method: "delete",
  path: "/api/posts/{id}",
  tags: ["posts"],
  summary: "Delete a post for good, with the delete token given when it was written",
  security: [{ deleteToken: [] }],
  request: { params: z.object({ id: PostIdSchema }) },
  responses: {
    204: { description: "Deleted" },
    401: errorResponse("No delete token was presented"),
    404: errorResponse("No post has this id, or the token is not its token (the two are not told apart)"),
  },
});

const postStatusRoute = createRoute({
  method: "get",
  path: "/api/posts/{id}/status",
  tags: ["posts"],
  summary: "The author's view of a post: its status, why it was held, or why a moderator removed it",
  security: [{ deleteToken: [] }],
  request: { params: z.object({ id: PostIdSchema }) },
  responses: {
    200: jsonContent(PostStatusSchema, "The post as its author may see it"),
    401: errorResponse("No delete token was presented"),
    404: errorResponse("No post has this id, or the token is not its token"),
  },
});

export const postRoutes = createRouter()
  .openapi(createPostRoute, async (c) => {
    const options = { idempotencyKey: c.req.header("Idempotency-Key"), country: readerCountry(c) };
    const services = postingServices(c.env, c.var.db);
    const { status, body } = await submitPost(services, await requestClient(c), c.req.valid("json"), options);
    // The answer holds a secret: no cache may keep it.
    c.header("Cache-Control", cacheControl.private);
    return status === 202 ? c.json(body, 202) : c.json(body, 201);
  })
  .openapi(getPostRoute, async (c) => {
    const post = await findPublishedPost(c.var.db, c.req.valid("param").id);
    if (!post) throw notFound("There is no published post with this id.");
    c.header("Cache-Control", cacheControl.post);
    return c.json({ post: toApiPost(post) }, 200);
  })
  .openapi(postStatusRoute, async (c) => {
    const post = await authorsPost(c.var.db, c.req.valid("param").id, bearerToken(c.req.header("Authorization")));
    c.header("Cache-Control", cacheControl.private);
    return c.json(toPostStatus(post, await findAppeal(c.var.db, post.id)), 200);
  })
  .openapi(deletePostRoute, async (c) => {
    const post = await authorsPost(c.var.db, c.req.valid("param").id, bearerToken(c.req.header("Authorization")));
    await deletePost(c.var.db, post.id, Date.now());
    c.header("Cache-Control", cacheControl.private);
    return c.body(null, 204);
  });
