import { createRoute, z } from "@hono/zod-openapi";
import { findCategory } from "../categories/queries";
import { ApiError, invalidRequest, notFound } from "../errors";
import { type ModerationReason, moderate } from "../moderation/pipeline";
import { createRouter, errorResponse, jsonContent } from "../openapi";
import { deletePost, findPost, findPublishedPost, hasRecentDuplicate, insertPost } from "./queries";
import { ApiPostSchema, CreatedPostSchema, CreatePostSchema, PostIdSchema, toApiPost } from "./schemas";
import { contentHash, newDeleteToken, newPostId, sha256Hex, tokenMatches } from "./secrets";

const createPostRoute = createRoute({
  method: "post",
  path: "/api/posts",
  tags: ["posts"],
  summary: "Submit a reflection",
  request: {
    body: { required: true, content: { "application/json": { schema: CreatePostSchema } } },
  },
  responses: {
    201: jsonContent(CreatedPostSchema, "Published. The delete token is shown only in this answer."),
    202: jsonContent(CreatedPostSchema, "Held for a moderator (post.status is pending), with the reasons"),
    400: errorResponse("The body, category or role is not valid"),
    413: errorResponse("The request body is too large"),
    422: errorResponse("Refused by the moderation pipeline; `reasons` says why. Nothing was stored."),
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

export const postRoutes = createRouter()
  .openapi(createPostRoute, async (c) => {
    const { body, category, role } = c.req.valid("json");
    const db = c.var.db;
    if (!(await findCategory(db, category))) {
      throw invalidRequest([{ path: "category", message: "There is no such category." }]);
    }
    const now = Date.now();
    const hash = await contentHash(body);
    const duplicateOfRecent = await hasRecentDuplicate(db, hash, now - DUPLICATE_WINDOW_MS);
    const { text, decision, reasons, resources } = moderate(body, { duplicateOfRecent });
    if (decision === "refuse") throw refused(reasons);

    const deleteToken = newDeleteToken();
    const post = await insertPost(db, {
      id: newPostId(),
      body: text,
      category,
      role: role ?? null,
      status: decision === "hold" ? "pending" : "published",
      createdAt: now,
      deleteTokenHash: await sha256Hex(deleteToken),
      contentHash: hash,
      reasons,
    });
    // The answer holds a secret: no cache may keep it.
    c.header("Cache-Control", "no-store");
    const moderation = { decision, reasons, ...(resources ? { resources } : {}) };
    const created = { post: toApiPost(post), deleteToken, moderation };
    return decision === "hold" ? c.json(created, 202) : c.json(created, 201);
  })
  .openapi(getPostRoute, async (c) => {
    const post = await findPublishedPost(c.var.db, c.req.valid("param").id);
    if (!post) throw notFound("There is no published post with this id.");
    return c.json({ post: toApiPost(post) }, 200);
  })
  .openapi(deletePostRoute, async (c) => {
    const token = bearerToken(c.req.header("Authorization"));
    const { id } = c.req.valid("param");
    const post = await findPost(c.var.db, id);
    // Compare against a stand-in hash when there is no post, so a missing
    // post and a wrong token take the same path and give the same answer.
    const matches = await tokenMatches(token, post?.deleteTokenHash ?? MISSING_POST_HASH);
    if (!post || !matches) throw notFound("There is no post with this id and token.");
    await deletePost(c.var.db, id);
    return c.body(null, 204);
  });

const MISSING_POST_HASH = "0".repeat(64);
const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

function refused(reasons: ModerationReason[]): ApiError {
  return new ApiError(422, "refused", "This post was not published. Each reason says what to change.", { reasons });
}

function bearerToken(header: string | undefined): string {
  const match = header?.match(/^Bearer +([A-Za-z0-9_-]{1,128})$/);
  if (!match?.[1]) {
    throw new ApiError(
      401,
      "unauthorized",
      "Send the delete token as 'Authorization: Bearer <token>'.",
      {},
      {
        "WWW-Authenticate": 'Bearer realm="closed-door"',
      },
    );
  }
  return match[1];
}
