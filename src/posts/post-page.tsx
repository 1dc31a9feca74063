import { html } from "hono/html";
import type { Category } from "../db/schema";
import { flagReasons } from "../db/schema";
import { FLAG_NOTE_MAX_CHARACTERS } from "../flags/schemas";
import { flagReasonLabels } from "../ui/labels";
import { Layout, once } from "../ui/layout";
import { PostCard } from "../ui/post-card";
import type { PublicPost } from "./queries";

/** Whether the reader's "resonates" was counted by this answer, or had been before. */
export type Resonated = "now" | "before";

type PostPageProps = { post: PublicPost; category?: Category; now: number; resonated?: Resonated | undefined };

export function PostPage({ post, category, now, resonated }: PostPageProps) {
  const categoryName = category?.name ?? post.category;
  const answer = resonated
    ? html`<p class="notice notice-ok" role="status">${RESONATED[resonated]}</p>`
    : html`<form method="post" action="/p/${post.id}/resonate" class="inline-form"><button type="submit" class="button secondary">This resonates with me</button></form>`;
  // `html` templates, as the post card is (src/ui/post-card.ts): hono's JSX costs about a microsecond an element,
  // and an uncached page is held to 1.25× the cost of its JSON.
  return (
    <Layout title={`A reflection in ${categoryName}`}>
      {html`<nav class="breadcrumb" aria-label="Back"><a href="/c/${post.category}">← ${categoryName}</a></nav><h1 class="visually-hidden">A reflection in ${categoryName}</h1>`}
      {PostCard({ post, categoryName, link: false, now })}
      {html`<div class="post-actions">${answer}<details class="flag"><summary>Report this post</summary><form method="post" action="/p/${post.id}/flag" class="stacked-form">${FLAG_FORM_FIELDS}</form></details></div>`}
    </Layout>
  );
}

const RESONATED: Record<Resonated, string> = {
  now: "Thank you for saying so. It counts once, and nobody can tell it was you.",
  before: "You had already said this one resonates with you; it counts once.",
};

/** The report form's fields, the same on every post: rendered once, at load. */
const FLAG_FORM_FIELDS = once(
  <>
    <fieldset>
      <legend>What is wrong with it?</legend>
      {flagReasons.map((reason, index) => (
        <label class="choice">
          <input type="radio" name="reason" value={reason} required checked={index === 0} />
          <span>
            {flagReasonLabels[reason].label}
            <span class="hint">{flagReasonLabels[reason].hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
    <label for="flag-note">A note for the moderators (optional)</label>
    <textarea id="flag-note" name="note" rows={3} maxlength={FLAG_NOTE_MAX_CHARACTERS} />
    <p class="hint">
      Reports are anonymous. Enough of them hide a post until a moderator looks. You get a receipt to see what came of
      yours.
    </p>
    <button type="submit" class="button">
      Send the report
    </button>
  </>,
);
