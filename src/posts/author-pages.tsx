import { Hono } from "hono";
import { z } from "zod";
import { AppealNoteRefused, fileAppeal } from "../appeals/file";
import { NewAppealSchema } from "../appeals/schemas";
import { cacheControl } from "../cache-control";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { requestClient } from "../limits/limits";
import { readerCountry } from "../reader-country";
import { formFields, formStatus, isShownInPlace, parseForm } from "../ui/form";
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
import { deletePost } from "./queries";
import { replaceHeldPost } from "./replace-held";
import { CreatePostSchema } from "./schemas";
import { DeletedPage, StatusFormPage } from "./status-page";
import { postingServices, submitPost } from "./submit";

/** The author's pages: the composer, and the status page reached with the delete token. */

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
    const parsed = parseForm(CreatePostSchema, submissionOf(draft));
    if (!parsed.ok) return renderComposer(c, { draft, idempotencyKey, issues: parsed.issues }, 200);
    try {
      const services = postingServices(c.env, c.var.db);
      const options = { idempotencyKey, country: readerCountry(c) };
      return showSubmitted(c, await submitPost(services, await requestClient(c), parsed.data, options));
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      // Reasons point into the normalized text, so that is the text shown back.
      const shown = { ...draft, body: parsed.data.body };
      if (error.code === "conflict") {
        // This form's key already sent a different post (the back button, then an edit): send this one anew.
        return renderComposer(c, { draft: shown, problem: SENT_BEFORE }, 200);
      }
      return renderComposer(c, { draft: shown, idempotencyKey, ...shownInComposer(error) }, formStatus(error.status));
    }
  })
  .get("/status", (c) => c.html(<StatusFormPage />))
  .post("/status", async (c) => {
    const { token } = TokenForm.parse(await formFields(c));
    const post = await postOfTokenOrNull(c, token);
    if (!post) return c.html(<StatusFormPage problem={NO_SUCH_TOKEN} />);
    return renderStatus(c, post, token, {});
  })
  .post("/status/appeal", async (c) => {
    const fields = await formFields(c);
    const { token } = TokenForm.parse(fields);
    const post = await postOfTokenOrNull(c, token);
    if (!post) return c.html(<StatusFormPage problem={NO_SUCH_TOKEN} />);
    const note = fields.note ?? "";
    try {
      const parsed = parseForm(NewAppealSchema, { note });
      if (!parsed.ok) throw new ApiError(400, "invalid_request", parsed.issues[0]?.message ?? "Write a short note.");
      await fileAppeal(c.var.db, post, parsed.data.note, Date.now());
    } catch (error) {
      if (!isShownInPlace(error)) throw error;
      const resources = error instanceof AppealNoteRefused ? error.resources : undefined;
      return renderStatus(c, post, token, { appealProblem: error.message, note, noteResources: resources });
    }
    return renderStatus(c, post, token, { appealed: true });
  })
  .post("/status/delete", async (c) => {
    const fields = await formFields(c);
    const { token } = TokenForm.parse(fields);
    const post = await postOfTokenOrNull(c, token);
    if (!post) return c.html(<StatusFormPage problem={NO_SUCH_TOKEN} />);
    if (fields.confirm !== "yes") return renderStatus(c, post, token, { problem: UNCONFIRMED });
    await deletePost(c.var.db, post.id, Date.now());
    return c.html(<DeletedPage />);
  })
  // The page after a held post offers a de-identified version: withdraw the held post and send that instead.
  .post("/status/replace", async (c) => replaceHeldPost(c, await formFields(c), readerCountry(c)));

const SENT_BEFORE =
  "This form already sent an earlier post, so this one was not sent. Check the text and publish again to send it as a new post.";
const UNCONFIRMED = "Tick the box to confirm: deleting cannot be undone.";
