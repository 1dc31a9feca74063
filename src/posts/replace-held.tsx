import type { Context } from "hono";
import { z } from "zod";
import { crisisResourcesFor } from "../crisis-lines";
import type { Post } from "../db/schema";
import type { AppEnv } from "../env";
import { requestClient } from "../limits/limits";
import { publicOrigin } from "../settings";
import { type FormFields, type FormStatus, formStatus, isShownInPlace, parseForm } from "../ui/form";
import {
  ComposerForm,
  NO_SUCH_TOKEN,
  postOfTokenOrNull,
  renderComposer,
  renderStatus,
  shownInComposer,
  showSubmitted,
  submissionOf,
} from "./author-forms";
import type { Draft } from "./composer-page";
import { deletePost } from "./queries";
import { PostRefused } from "./refusal";
import { CreatePostSchema, toApiPost } from "./schemas";
import { StatusFormPage } from "./status-page";
import { earlierAnswer, postingServices, submitPost } from "./submit";
import { SubmittedPage } from "./submitted-page";

/**
 * Withdraw a held post and send its de-identified version instead. The new
 * post and the held one's deletion are one batch, so a version that cannot be
 * sent just now (a limit, a pause, too short) leaves the held post as it was
 * and the same form can be sent again; a refused version withdraws the held
 * post, as asked, and the composer shows what to change.
 */

const ReplaceForm = ComposerForm.extend({ token: z.string().catch("") });

type Held = { post: Post; token: string; country?: string };
type Retry = { problem?: string; idempotencyKey: string };

export async function replaceHeldPost(c: Context<AppEnv>, fields: FormFields, country: string | undefined) {
  const { token, idempotencyKey, ...draft } = ReplaceForm.parse(fields);
  const post = await postOfTokenOrNull(c, token);
  if (post?.status === "pending") return replace(c, { post, token: token.trim(), country }, draft, idempotencyKey);
  // The form sent twice: the first send already replaced the held post.
  const submission = parseForm(CreatePostSchema, submissionOf(draft));
  const services = postingServices(c.env, c.var.db);
  const earlier =
    submission.ok &&
    (await earlierAnswer(services, await requestClient(c), submission.data, { idempotencyKey, country }));
  if (earlier) return showSubmitted(c, earlier);
  if (post) return renderStatus(c, post, token, { problem: NOT_HELD });
  return c.html(<StatusFormPage problem={NO_SUCH_TOKEN} />);
}

async function replace(c: Context<AppEnv>, held: Held, draft: Draft, idempotencyKey: string) {
  const parsed = parseForm(CreatePostSchema, submissionOf(draft));
  if (!parsed.ok) return showHeld(c, held, draft.body, { problem: parsed.issues[0]?.message, idempotencyKey }, 200);
  try {
    const options = { idempotencyKey, withdrawing: held.post.id, country: held.country };
    return showSubmitted(
      c,
      await submitPost(postingServices(c.env, c.var.db), await requestClient(c), parsed.data, options),
    );
  } catch (error) {
    if (!isShownInPlace(error)) throw error;
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    if (!(error instanceof PostRefused)) {
      // Same key: a version that timed out may have been written, and its retry must not send it twice.
      return showHeld(c, held, draft.body, { problem: error.message, idempotencyKey }, formStatus(error.status));
    }
    await deletePost(c.var.db, held.post.id, Date.now());
    const shown = { ...draft, body: parsed.data.body };
    return renderComposer(c, { draft: shown, idempotencyKey, problem: WITHDRAWN, ...shownInComposer(error) }, 200);
  }
}

/** The held post's page again, with the author's version kept in the form and why it was not sent. */
function showHeld(c: Context<AppEnv>, { post, token, country }: Held, text: string, retry: Retry, status: FormStatus) {
  const inCrisis = post.reasons.some((reason) => reason.kind === "crisis");
  const moderation = {
    decision: "hold" as const,
    reasons: post.reasons,
    suggestion: text,
    ...(inCrisis ? { resources: crisisResourcesFor(country) } : {}),
  };
  const created = { post: toApiPost(post), deleteToken: token, moderation };
  return c.html(<SubmittedPage created={created} origin={publicOrigin(c.env)} retry={retry} />, status);
}

const NOT_HELD = "This post is no longer waiting for a moderator, so it was not replaced. Its status is below.";
const WITHDRAWN =
  "Your held post was withdrawn, but this version was not published either. Change the marked parts and publish again.";
