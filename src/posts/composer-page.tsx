import type { Resource } from "../crisis-lines";
import type { Category, Role } from "../db/schema";
import { roles } from "../db/schema";
import type { Issue } from "../errors";
import { characterCount } from "../moderation/normalize";
import type { ModerationReason } from "../moderation/pipeline";
import { CrisisResources } from "../ui/crisis-resources";
import { issueFor } from "../ui/form";
import { HighlightedText } from "../ui/highlighted-text";
import { roleLabels } from "../ui/labels";
import { Layout } from "../ui/layout";
import { POST_MAX_CHARACTERS, POST_MIN_CHARACTERS } from "./schemas";
import { SuggestionForm } from "./suggestion-form";

export type Draft = { body: string; category: string; role: Role | "" };

export type ComposerProps = {
  categories: Category[];
  draft: Draft;
  /** Sent back with the form, so a resubmitted form never posts twice. */
  idempotencyKey: string;
  /** Why the pipeline refused the last try, with offsets into `draft.body`. */
  reasons?: readonly ModerationReason[];
  /** The refused text with the identifying parts replaced, offered beside the author's own. */
  suggestion?: string;
  /** Crisis lines for the reader's country, when the refused text sounds like its author is in danger. */
  resources?: readonly Resource[];
  issues?: readonly Issue[];
  /** A problem that is not about one field (a limit, a pause). */
  problem?: string;
};

export function ComposerPage(props: ComposerProps) {
  const { categories, draft, idempotencyKey, reasons = [], issues = [], problem, suggestion, resources } = props;
  const inCrisis = resources !== undefined;
  // Never show a person in crisis how to get past the filter.
  const offered = inCrisis ? undefined : suggestion;
  const bodyIssue = issueFor(issues, "body");
  const categoryIssue = issueFor(issues, "category");
  return (
    <Layout title="Write a reflection" section="write">
      {inCrisis && <CrisisResources resources={resources} />}
      <h1>Write a reflection</h1>
      <p class="lede">
        No account, no name, nothing kept about you. Write about your own experience; leave out anything that could
        point to a client. The <a href="/guidelines">guidelines</a> show how.
      </p>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {reasons.length > 0 && (
        <section class="review" aria-labelledby="review-title">
          {inCrisis ? (
            <>
              <h2 id="review-title">Not published</h2>
              <p>Nothing was stored. What you wrote is below.</p>
            </>
          ) : (
            <>
              <h2 id="review-title">Not published yet: change the marked parts</h2>
              <p>Nothing was stored. Your text is below, ready to edit.</p>
            </>
          )}
          <HighlightedText text={draft.body} reasons={reasons} id="refusal" />
        </section>
      )}
      {offered !== undefined && (
        <SuggestionForm suggestion={offered} category={draft.category} role={draft.role}>
          <p>
            Here is your text with each marked part above replaced by neutral words. Send it as it is, edit it first, or
            change your own text further down instead.
          </p>
        </SuggestionForm>
      )}
      {offered !== undefined && <h2 id="own-text-title">Or edit your own text</h2>}
      <form
        method="post"
        action="/new"
        class="composer"
        data-sending="Publishing…"
        novalidate
        aria-labelledby={offered !== undefined ? "own-text-title" : undefined}
      >
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <div class="field">
          <label for="body">Your reflection</label>
          <p class="hint" id="body-hint">
            {POST_MIN_CHARACTERS} to {POST_MAX_CHARACTERS.toLocaleString("en")} characters. No names, places, dates,
            numbers or details that could identify a client.
          </p>
          <textarea
            id="body"
            name="body"
            rows={12}
            required
            data-counter="body-count"
            data-draft
            aria-describedby={`body-hint body-count${bodyIssue ? " body-issue" : ""}`}
            aria-invalid={bodyIssue || reasons.length > 0 ? "true" : undefined}
          >
            {draft.body}
          </textarea>
          <p class="counter" id="body-count" aria-live="polite">
            {characterCount(draft.body).toLocaleString("en")} / {POST_MAX_CHARACTERS.toLocaleString("en")} characters
          </p>
          {bodyIssue && (
            <p class="field-issue" id="body-issue">
              {bodyIssue}
            </p>
          )}
        </div>
        <div class="field">
          <label for="category">Category</label>
          <select
            id="category"
            name="category"
            required
            aria-invalid={categoryIssue ? "true" : undefined}
            aria-describedby={categoryIssue ? "category-issue" : undefined}
          >
            <option value="">Choose one…</option>
            {categories.map((category) => (
              <option value={category.slug} selected={category.slug === draft.category}>
                {category.name}
              </option>
            ))}
          </select>
          {categoryIssue && (
            <p class="field-issue" id="category-issue">
              {categoryIssue}
            </p>
          )}
        </div>
        <div class="field">
          <label for="role">Your role (optional)</label>
          <select id="role" name="role">
            <option value="">Rather not say</option>
            {roles.map((role) => (
              <option value={role} selected={role === draft.role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          Publish
        </button>
      </form>
    </Layout>
  );
}
