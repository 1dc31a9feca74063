import type { Resource } from "../crisis-lines";
import type { Post } from "../db/schema";
import { CrisisResources } from "../ui/crisis-resources";
import { HighlightedText } from "../ui/highlighted-text";
import { Layout } from "../ui/layout";

const STATUS_TEXT: Record<Post["status"], { title: string; text: string }> = {
  published: { title: "Published", text: "Your post is on the board." },
  pending: {
    title: "Held for a moderator",
    text: "A moderator will read it before it appears. The marked parts are why it was held.",
  },
  hidden: {
    title: "Hidden while a moderator reviews it",
    text: "Readers reported it, so it is off the board until a moderator has looked. Nothing is decided yet.",
  },
  removed: { title: "Removed by a moderator", text: "It is no longer on the board." },
};

/** Paste the token: the form, and any problem with the last try. */
export function StatusFormPage({ problem }: { problem?: string }) {
  return (
    <Layout title="Your post's status">
      <h1>Your post's status</h1>
      <p class="lede">
        Paste the delete token you were given when you wrote the post to see what became of it, or to delete it.
      </p>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <form method="post" action="/status" class="stacked-form">
        <label for="token">Delete token</label>
        <input id="token" name="token" type="text" required autocomplete="off" spellcheck={false} class="token" />
        <button type="submit" class="button">
          Show my post
        </button>
      </form>
    </Layout>
  );
}

type StatusProps = {
  post: Post;
  token: string;
  /** The crisis lines for the reader's country: shown first while a post held for crisis waits. */
  crisisResources: readonly Resource[];
  problem?: string;
};

/** The author's view of their post, and the way to delete it. */
export function StatusPage({ post, token, crisisResources, problem }: StatusProps) {
  const status = STATUS_TEXT[post.status];
  const heldForCrisis = post.status === "pending" && post.reasons.some((reason) => reason.kind === "crisis");
  return (
    <Layout title="Your post's status">
      {heldForCrisis && <CrisisResources resources={crisisResources} />}
      <h1>Your post's status</h1>
      <section class="status-card" aria-labelledby="status-title">
        <h2 id="status-title" data-status={post.status}>
          {status.title}
        </h2>
        <p>
          {status.text} {post.status === "published" && <a href={`/p/${post.id}`}>See it on the board</a>}
        </p>
        {post.status === "removed" && (
          <p class="removal-reason">
            The moderator's reason: <q>{post.removedReason ?? "none given"}</q>
          </p>
        )}
        {post.status === "pending" && post.reasons.length > 0 ? (
          <HighlightedText text={post.body} reasons={post.reasons} id="status" />
        ) : (
          post.status !== "removed" && <div class="post-body">{post.body}</div>
        )}
      </section>
      <form method="post" action="/status/delete" class="stacked-form danger-zone">
        <h2>Delete it for good</h2>
        <p>The post and everything about it is erased at once. This cannot be undone.</p>
        {problem && (
          <p class="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        <input type="hidden" name="token" value={token} />
        <label class="check">
          <input type="checkbox" name="confirm" value="yes" required /> Yes, delete my post for good
        </label>
        <button type="submit" class="button danger">
          Delete for good
        </button>
      </form>
    </Layout>
  );
}

export function DeletedPage() {
  return (
    <Layout title="Deleted">
      <h1>Deleted</h1>
      <p class="notice notice-ok" role="status">
        Your post is gone for good, along with its resonates and any reports about it. Copies that browsers have kept
        may take a few minutes to expire.
      </p>
      <p>
        <a href="/">Back to the board</a>
      </p>
    </Layout>
  );
}
