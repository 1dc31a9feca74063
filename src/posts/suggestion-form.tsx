import type { Child } from "hono/jsx";
import { characterCount } from "../moderation/normalize";
import { POST_MAX_CHARACTERS } from "./schemas";

export type SuggestionFormProps = {
  /** The de-identified text the pipeline offered, or the author's edit of it. */
  suggestion: string;
  category: string;
  role: string;
  /** A fresh one by default: the offer is a new submission, not a retry of the one that was refused or held. */
  idempotencyKey?: string;
  /** The held post's delete token, when sending this version withdraws that post (the page after submitting). */
  token?: string;
  /** What sending this version does, in a sentence or two. */
  children: Child;
};

/** The de-identified version of a post, ready to edit and send: a form of its own that works without JavaScript. */
export function SuggestionForm(props: SuggestionFormProps) {
  const { suggestion, category, role, token, children, idempotencyKey = crypto.randomUUID() } = props;
  return (
    <section class="review suggestion" aria-labelledby="suggestion-title">
      <h2 id="suggestion-title">A version without the identifying details</h2>
      {children}
      <form method="post" action={token ? "/status/replace" : "/new"} novalidate>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="category" value={category} />
        <input type="hidden" name="role" value={role} />
        {token && <input type="hidden" name="token" value={token} />}
        <div class="field">
          <label for="suggestion">Suggested version (you can edit it)</label>
          <p class="hint" id="suggestion-hint">
            Names, places, dates and numbers become words such as "a client", "a small town" or "recently". Read it
            through and change anything that no longer says what you meant; it is checked again like any post.
          </p>
          <textarea
            id="suggestion"
            name="body"
            rows={8}
            required
            data-counter="suggestion-count"
            aria-describedby="suggestion-hint suggestion-count"
          >
            {suggestion}
          </textarea>
          <p class="counter" id="suggestion-count" aria-live="polite">
            {characterCount(suggestion).toLocaleString("en")} / {POST_MAX_CHARACTERS.toLocaleString("en")} characters
          </p>
        </div>
        <button type="submit" class="button">
          Send this version
        </button>
      </form>
    </section>
  );
}
