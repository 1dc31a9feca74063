import { type Context, Hono } from "hono";
import { z } from "zod";
import { upholdAppeal } from "../appeals/file";
import { UpholdSchema } from "../appeals/schemas";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../errors";
import { signedIn } from "../mod/gate";
import { normalize } from "../moderation/normalize";
import { findPost } from "../posts/queries";
import { reviewItemsOf } from "../queue/items";
import { renderQueue } from "../queue/pages";
import { type FormStatus, formFields, formStatus, isShownInPlace, parseForm } from "../ui/form";
import { decideOn, RedactionRefused } from "./apply";
import { claimPost, releaseClaim } from "./claims";
import { DoneQuery, type Outcome } from "./outcome";
import { ModPostPage } from "./post-page";
import { REMOVAL_REASONS, type RedactionAttempt, type ReturnTo } from "./review-card";
import { ReviewActionSchema } from "./schemas";

const ActionForm = z.object({
  action: z.string().catch(""),
  // A removal's chosen reason, and the optional note after it; other actions send the note alone.
  template: z.enum(REMOVAL_REASONS).optional().catch(undefined),
  reason: z.string().catch(""),
  body: z.string().optional().catch(undefined),
  revision: z.coerce.number().int().nonnegative().optional().catch(undefined),
  returnTo: z.enum(["queue", "post"]).catch("queue"),
});

const UpholdForm = z.object({
  reason: z.string().catch(""),
  returnTo: z.enum(["queue", "post"]).catch("queue"),
});

const ClaimForm = z.object({
  claim: z.enum(["take", "release"]).catch("take"),
  returnTo: z.enum(["queue", "post"]).catch("queue"),
});

/**
 * One post under review, and the action and claim forms of every review card (from the queue or the post's page):
 * done, the moderator goes back where they were; refused, the form is shown again in place with what to fix.
 */
export const reviewPageRoutes = new Hono<AppEnv>()
  .get("/mod/posts/:id", async (c) => renderPost(c, c.req.param("id"), DoneQuery.parse(c.req.query())))
  .post("/mod/posts/:id/actions", async (c) => {
    const id = c.req.param("id");
    const { returnTo, action, template, reason: note, body, revision } = ActionForm.parse(await formFields(c));
    const reason = template ? [template, note.trim()].filter(Boolean).join(" ") : note;
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
  .post("/mod/posts/:id/appeal", async (c) => {
    const id = c.req.param("id");
    const { reason, returnTo } = UpholdForm.parse(await formFields(c));
    try {
      const parsed = parseForm(UpholdSchema, { reason });
      if (!parsed.ok) throw new ApiError(400, "invalid_request", parsed.issues[0]?.message ?? "Give a reason.");
      await upholdAppeal(c.var.db, id, signedIn(c).moderatorId, parsed.data.reason, Date.now());
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      return render(c, returnTo, id, { problem: error.message }, formStatus(error.status));
    }
    return c.redirect(returnTo === "post" ? `/mod/posts/${encodeURIComponent(id)}` : "/mod", 303);
  })
  .post("/mod/posts/:id/claim", async (c) => {
    const id = c.req.param("id");
    const { claim, returnTo } = ClaimForm.parse(await formFields(c));
    const { moderatorId } = signedIn(c);
    try {
      if (claim === "release") await releaseClaim(c.var.db, id, moderatorId);
      else await claimPost(c.var.db, id, moderatorId, Date.now());
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      return render(c, returnTo, id, { problem: error.message }, formStatus(error.status));
    }
    return c.redirect(returnTo === "post" ? `/mod/posts/${encodeURIComponent(id)}` : `/mod#post-${id}`, 303);
  });

function render(c: Context<AppEnv>, returnTo: ReturnTo, id: string, outcome: Outcome, status: FormStatus) {
  return returnTo === "post" ? renderPost(c, id, outcome, status) : renderQueue(c, outcome, status);
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
