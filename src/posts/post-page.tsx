import type { Category } from "../db/schema";
import { flagReasons } from "../db/schema";
import { FLAG_NOTE_MAX_CHARACTERS } from "../flags/schemas";
import { flagReasonLabels } from "../ui/labels";
import { Layout } from "../ui/layout";
import { PostCard } from "../ui/post-card";
import type { PublicPost } from "./queries";

/** Whether the reader's "resonates" was counted by this answer, or had been before. */
export type Resonated = "now" | "before";

type PostPageProps = { post: PublicPost; category?: Category; now: number; resonated?: Resonated | undefined };

export function PostPage({ post, category, now, resonated }: PostPageProps) {
  const categoryName = category?.name ?? post.category;
  return (
    <Layout title={`A reflection in ${categoryName}`}>
      <nav class="breadcrumb" aria-label="Back">
        <a href={`/c/${post.category}`}>← {categoryName}</a>
      </nav>
      <h1 class="visually-hidden">A reflection in {categoryName}</h1>
      <PostCard post={post} categoryName={categoryName} link={false} now={now} />
      <div class="post-actions">
        {resonated ? (
          <p class="notice notice-ok" role="status">
            {resonated === "now"
              ? "Thank you for saying so. It counts once, and nobody can tell it was you."
              : "You had already said this one resonates with you; it counts once."}
          </p>
        ) : (
          <form method="post" action={`/p/${post.id}/resonate`} class="inline-form">
            <button type="submit" class="button secondary">
              This resonates with me
            </button>
          </form>
        )}
        <FlagForm postId={post.id} />
      </div>
    </Layout>
  );
}

function FlagForm({ postId }: { postId: string }) {
  return (
    <details class="flag">
      <summary>Report this post</summary>
      <form method="post" action={`/p/${postId}/flag`} class="stacked-form">
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
          Reports are anonymous. Enough of them hide a post until a moderator looks. You get a receipt to see what came
          of yours.
        </p>
        <button type="submit" class="button">
          Send the report
        </button>
      </form>
    </details>
  );
}
