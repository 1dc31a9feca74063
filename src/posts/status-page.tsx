import { APPEALABLE } from "../appeals/file";
import type { Appeal } from "../appeals/queries";
import type { Resource } from "../crisis-lines";
import type { Post } from "../db/schema";
import { utcDay } from "../time";
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

/** What the last form asks the page to show: a problem with deleting, or the appeal just made or refused. */
export type StatusShown = {
  problem?: string;
  appealed?: boolean;
  appealProblem?: string;
  /** The note as typed, kept when it was refused. */
  note?: string;
  /** Crisis lines, when the refused note reads as a crisis. */
  noteResources?: readonly Resource[] | undefined;
};

type StatusProps = {
  post: Post;
  token: string;
  /** The crisis lines for the reader's country: shown first while a post held for crisis waits. */
  crisisResources: readonly Resource[];
  appeal?: Appeal | undefined;
  shown?: StatusShown;
};

/** The author's view of their post, its appeal, and the way to delete it. */
export function StatusPage({ post, token, crisisResources, appeal, shown = {} }: StatusProps) {
  const { problem } = shown;
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
      {post.redactedAt !== null && post.redactedDetails !== null && (
        <p class="notice" role="status">
          A moderator edited your post on {utcDay(post.redactedAt)} to take out {post.redactedDetails}. The text above
          is the edited one.
        </p>
      )}
      <AppealSection post={post} token={token} appeal={appeal} shown={shown} />
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

/**
 * The appeal: the form, once, for a held, hidden or removed post; then that it waits; then the moderator's answer
 * and reason.
 */
function AppealSection({
  post,
  token,
  appeal,
  shown,
}: {
  post: Post;
  token: string;
  appeal: Appeal | undefined;
  shown: StatusShown;
}) {
  if (appeal) {
    return (
      <section class="status-card appeal" aria-labelledby="appeal-title">
        <h2 id="appeal-title">Your appeal</h2>
        {shown.appealed && (
          <p class="notice notice-ok" role="status">
            Sent. A moderator will read it with your post; come back here with your token to see their answer.
          </p>
        )}
        <blockquote>{appeal.note}</blockquote>
        {appeal.decision === null ? (
          <p>Sent on {utcDay(appeal.appealedAt)}; waiting for a moderator.</p>
        ) : (
          <p>
            {appeal.decision === "granted"
              ? "A moderator agreed and changed the decision."
              : "A moderator looked again and kept the decision."}{" "}
            {appeal.reason && (
              <>
                Their reason: <q>{appeal.reason}</q>
              </>
            )}
          </p>
        )}
      </section>
    );
  }
  if (!APPEALABLE.has(post.status)) return null;
  return (
    <form method="post" action="/status/appeal" class="stacked-form appeal" aria-labelledby="appeal-title">
      <h2 id="appeal-title">Ask a moderator to look again</h2>
      {shown.noteResources && <CrisisResources resources={shown.noteResources} />}
      {shown.appealProblem && (
        <p class="notice notice-error" role="alert">
          {shown.appealProblem}
        </p>
      )}
      <p>Once per post. Say in a sentence or two why; leave out anything that could identify a client, as in a post.</p>
      <input type="hidden" name="token" value={token} />
      <label for="appeal-note">Why a moderator should look again</label>
      <textarea id="appeal-note" name="note" rows={3} maxlength={500} required>
        {shown.note ?? ""}
      </textarea>
      <button type="submit" class="button secondary">
        Send the appeal
      </button>
    </form>
  );
}
