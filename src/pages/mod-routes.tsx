import { type Context, Hono } from "hono";
import { z } from "zod";
import { entryId } from "../audit/cursor";
import { listAudit } from "../audit/queries";
import { PAGE_DEFAULT_LIMIT } from "../cursor";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { signedIn } from "../mod/gate";
import { SignInSchema } from "../mod/schemas";
import { clearSessionCookie } from "../mod/sessions";
import { signInFromRequest, signOut } from "../mod/sign-in";
import { normalize } from "../moderation/normalize";
import { findPost } from "../posts/queries";
import { decodeQueueCursor, encodeQueueCursor } from "../queue/cursor";
import { reviewItemsOf } from "../queue/items";
import { countQueue, listQueue } from "../queue/queries";
import { decideOn, RedactionRefused } from "../review/apply";
import { ReviewActionSchema } from "../review/schemas";
import { reviewActions } from "../review/transitions";
import { type FormStatus, formFields, formStatus, isShownInPlace, parseForm } from "../ui/form";
import { AuditPage, ModPostPage, QueuePage, SignInPage } from "./mod-pages";
import type { RedactionAttempt, ReturnTo } from "./mod-review";

/**
 * The moderators' pages. The gate in front of /mod/* has already refused
 * other origins and anyone without a session (but for the sign-in form),
 * and marked every answer no-store.
 */

const Done = z.object({ done: z.enum(reviewActions).optional().catch(undefined) });

const ActionForm = z.object({
  action: z.string().catch(""),
  reason: z.string().catch(""),
  body: z.string().optional().catch(undefined),
  revision: z.coerce.number().int().nonnegative().optional().catch(undefined),
  returnTo: z.enum(["queue", "post"]).catch("queue"),
});

export const modPageRoutes = new Hono<AppEnv>()
  .get("/mod", async (c) => {
    if (!c.var.moderator) return c.html(<SignInPage />);
    return renderQueue(c, Done.parse(c.req.query()));
  })
  .post("/mod/session", async (c) => {
    const fields = await formFields(c);
    const parsed = parseForm(SignInSchema, { username: fields.username ?? "", password: fields.password ?? "" });
    if (!parsed.ok) return c.html(<SignInPage problem="Give a username and a password." />);
    try {
      await signInFromRequest(c, parsed.data);
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.html(<SignInPage problem={error.message} />, formStatus(error.status));
    }
    return c.redirect("/mod", 303);
  })
  .post("/mod/sign-out", async (c) => {
    await signOut(c.var.db, signedIn(c));
    clearSessionCookie(c);
    return c.redirect("/mod", 303);
  })
  .get("/mod/posts/:id", async (c) => renderPost(c, c.req.param("id"), Done.parse(c.req.query())))
  .post("/mod/posts/:id/actions", async (c) => {
    const id = c.req.param("id");
    const { returnTo, action, reason, body, revision } = ActionForm.parse(await formFields(c));
    const decision = { action, reason: reason || undefined, revision, ...(action === "redact" ? { body } : {}) };
    try {
      const parsed = parseForm(ReviewActionSchema, decision);
      if (!parsed.ok) throw new ApiError(400, "invalid_request", parsed.issues.map((issue) => issue.message).join(" "));
      await decideOn(c.var.db, id, parsed.data, signedIn(c).moderatorId);
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      const attempt = redactionAttempt(error, id, body);
      return render(c, returnTo, id, { problem: error.message, attempt }, formStatus(error.status));
    }
    const done = `done=${action}`;
    return c.redirect(returnTo === "post" ? `/mod/posts/${encodeURIComponent(id)}?${done}` : `/mod?${done}`, 303);
  })
  .get("/mod/audit", async (c) => {
    const cursor = c.req.query("cursor");
    const page = await listAudit(c.var.db, cursor === undefined ? undefined : entryId(cursor), PAGE_DEFAULT_LIMIT);
    const nextHref = page.next === null ? null : `/mod/audit?cursor=${page.next}`;
    return c.html(<AuditPage viewer={signedIn(c)} entries={page.entries} nextHref={nextHref} />);
  });

type Outcome = Parameters<typeof QueuePage>[0]["outcome"];

function render(c: Context<AppEnv>, returnTo: ReturnTo, id: string, outcome: Outcome, status: FormStatus) {
  return returnTo === "post" ? renderPost(c, id, outcome, status) : renderQueue(c, outcome, status);
}

async function renderQueue(c: Context<AppEnv>, outcome: Outcome, status: FormStatus = 200) {
  const cursor = c.req.query("cursor");
  const [page, waiting] = await Promise.all([
    listQueue(c.var.db, cursor ? decodeQueueCursor(cursor) : undefined, PAGE_DEFAULT_LIMIT),
    countQueue(c.var.db),
  ]);
  const items = await reviewItemsOf(c.var.db, page.posts);
  const nextHref = page.next && `/mod?cursor=${encodeQueueCursor(page.next)}`;
  return c.html(
    <QueuePage
      viewer={signedIn(c)}
      items={items}
      waiting={waiting}
      nextHref={nextHref}
      outcome={outcome}
      now={Date.now()}
    />,
    status,
  );
}

async function renderPost(c: Context<AppEnv>, id: string, outcome: Outcome, status: FormStatus = 200) {
  const post = await findPost(c.var.db, id);
  if (!post) throw notFound("There is no post with this id. Its author may have deleted it.");
  const [item] = await reviewItemsOf(c.var.db, [post]);
  if (!item) throw notFound();
  const page = <ModPostPage viewer={signedIn(c)} item={item} outcome={outcome} now={Date.now()} />;
  return c.html(page, status);
}

/** A refused redaction is shown again on its post with the pipeline's reasons, so it can be fixed in place. */
function redactionAttempt(error: ApiError, postId: string, body: string | undefined): RedactionAttempt | undefined {
  if (!(error instanceof RedactionRefused) || body === undefined) return undefined;
  return { postId, body: normalize(body), reasons: error.reasons };
}
