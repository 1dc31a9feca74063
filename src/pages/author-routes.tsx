import { type Context, Hono } from "hono";
import { z } from "zod";
import { cacheControl } from "../cache-control";
import { listCategories } from "../categories/queries";
import { roles } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { postOfToken } from "../posts/author";
import { deletePost } from "../posts/queries";
import { CreatePostSchema } from "../posts/schemas";
import { submitPost } from "../posts/submit";
import { ComposerPage, type ComposerProps, type Draft } from "./composer-page";
import { type FormStatus, formFields, formStatus, isShownInPlace, issuesOf, parseForm } from "./form";
import { DeletedPage, StatusFormPage, StatusPage } from "./status-page";
import { SubmittedPage } from "./submitted-page";

/** The author's pages: the composer, and the status page reached with the delete token. */

const ComposerForm = z.object({
  body: z.string().catch(""),
  category: z.string().catch(""),
  role: z.enum([...roles, ""]).catch(""),
  idempotencyKey: z
    .string()
    .uuid()
    .catch(() => crypto.randomUUID()),
});

const TokenForm = z.object({ token: z.string().catch("") });

export const authorPageRoutes = new Hono<AppEnv>()
  // Every answer here is about one author and may hold a secret: never stored by a cache.
  .use(async (c, next) => {
    await next();
    c.header("Cache-Control", cacheControl.private);
  })
  .get("/new", (c) =>
    renderComposer(c, { draft: { body: "", category: c.req.query("category") ?? "", role: "" } }, 200),
  )
  .post("/new", async (c) => {
    const { idempotencyKey, ...draft } = ComposerForm.parse(await formFields(c));
    const parsed = parseForm(CreatePostSchema, { ...draft, role: draft.role || null });
    if (!parsed.ok) return renderComposer(c, { draft, idempotencyKey, issues: parsed.issues }, 200);
    try {
      const { status, body } = await submitPost(c, parsed.data, idempotencyKey);
      return c.html(<SubmittedPage created={body} />, status === 201 ? 201 : 202);
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      // Reasons point into the normalized text, so that is the text shown back.
      const shown = { ...draft, body: parsed.data.body };
      if (error.code === "conflict") {
        // This form's key already sent a different post (the back button, then an edit): send this one anew.
        return renderComposer(c, { draft: shown, problem: SENT_BEFORE }, 200);
      }
      return renderComposer(c, { draft: shown, idempotencyKey, ...inPlace(error) }, formStatus(error.status));
    }
  })
  .get("/status", (c) => c.html(<StatusFormPage />))
  .post("/status", async (c) => {
    const { token } = TokenForm.parse(await formFields(c));
    const post = await postOfTokenOrNull(c, token);
    if (!post) return c.html(<StatusFormPage problem={NO_SUCH_TOKEN} />);
    return c.html(<StatusPage post={post} token={token.trim()} />);
  })
  .post("/status/delete", async (c) => {
    const fields = await formFields(c);
    const { token } = TokenForm.parse(fields);
    const post = await postOfTokenOrNull(c, token);
    if (!post) return c.html(<StatusFormPage problem={NO_SUCH_TOKEN} />);
    if (fields.confirm !== "yes") return c.html(<StatusPage post={post} token={token.trim()} problem={UNCONFIRMED} />);
    await deletePost(c.var.db, post.id, Date.now());
    return c.html(<DeletedPage />);
  });

const SENT_BEFORE =
  "This form already sent an earlier post, so this one was not sent. Check the text and publish again to send it as a new post.";
const UNCONFIRMED = "Tick the box to confirm: deleting cannot be undone.";
const NO_SUCH_TOKEN = "No post has this token. Check that it was pasted whole; a deleted post is gone with its token.";

async function renderComposer(
  c: Context<AppEnv>,
  props: Omit<ComposerProps, "categories" | "idempotencyKey" | "draft"> & { draft: Draft; idempotencyKey?: string },
  status: FormStatus,
) {
  const categories = await listCategories(c.var.db);
  const idempotencyKey = props.idempotencyKey ?? crypto.randomUUID();
  return c.html(<ComposerPage categories={categories} {...props} idempotencyKey={idempotencyKey} />, status);
}

function inPlace(error: ApiError): Pick<ComposerProps, "reasons" | "issues" | "problem"> {
  if (error.code === "refused") {
    return { reasons: (error.details.reasons ?? []) as ComposerProps["reasons"] };
  }
  const issues = issuesOf(error);
  return issues.length > 0 ? { issues } : { problem: error.message };
}

async function postOfTokenOrNull(c: Context<AppEnv>, token: string) {
  try {
    return await postOfToken(c.var.db, token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
