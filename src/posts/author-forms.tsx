import type { Context } from "hono";
import { z } from "zod";
import { findAppeal } from "../appeals/queries";
import { listCategories } from "../categories/queries";
import { crisisResourcesFor } from "../crisis-lines";
import { type Post, roles } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { readerCountry } from "../reader-country";
import { publicOrigin } from "../settings";
import { type FormStatus, issuesOf } from "../ui/form";
import { postOfToken } from "./author";
import { ComposerPage, type ComposerProps, type Draft } from "./composer-page";
import { PostRefused } from "./refusal";
import { StatusPage, type StatusShown } from "./status-page";
import type { Answer } from "./submit";
import { SubmittedPage } from "./submitted-page";

/** What the author's forms share: the composer's fields, and the pages that answer them. */

export const ComposerForm = z.object({
  body: z.string().catch(""),
  category: z.string().catch(""),
  role: z.enum([...roles, ""]).catch(""),
  idempotencyKey: z
    .string()
    .uuid()
    .catch(() => crypto.randomUUID()),
});

/** A draft as the API takes it: "Rather not say" is no role. */
export function submissionOf(draft: Draft) {
  return { ...draft, role: draft.role || null };
}

export async function renderComposer(
  c: Context<AppEnv>,
  props: Omit<ComposerProps, "categories" | "idempotencyKey" | "draft"> & { draft: Draft; idempotencyKey?: string },
  status: FormStatus,
) {
  const categories = await listCategories(c.var.db);
  const idempotencyKey = props.idempotencyKey ?? crypto.randomUUID();
  return c.html(<ComposerPage categories={categories} {...props} idempotencyKey={idempotencyKey} />, status);
}

export function showSubmitted(c: Context<AppEnv>, { status, body }: Answer) {
  return c.html(<SubmittedPage created={body} origin={publicOrigin(c.env)} />, status === 201 ? 201 : 202);
}

/** What the composer shows for an error it shows in place: the refusal with its suggestion, the issues, or the problem. */
export function shownInComposer(
  error: ApiError,
): Pick<ComposerProps, "reasons" | "suggestion" | "resources" | "issues" | "problem"> {
  if (error instanceof PostRefused) {
    return { reasons: error.reasons, suggestion: error.suggestion, resources: error.resources };
  }
  const issues = issuesOf(error);
  return issues.length > 0 ? { issues } : { problem: error.message };
}

export const NO_SUCH_TOKEN =
  "No post has this token. Check that it was pasted whole; a deleted post is gone with its token.";

export async function postOfTokenOrNull(c: Context<AppEnv>, token: string) {
  try {
    return await postOfToken(c.var.db, token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The status page of the token's post, with its appeal and what the last form asked to show. */
export async function renderStatus(c: Context<AppEnv>, post: Post, token: string, shown: StatusShown) {
  const crisisResources = crisisResourcesFor(readerCountry(c));
  const appeal = await findAppeal(c.var.db, post.id);
  return c.html(
    <StatusPage post={post} token={token.trim()} crisisResources={crisisResources} appeal={appeal} shown={shown} />,
  );
}
