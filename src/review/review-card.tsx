import type { Appeal } from "../appeals/queries";
import type { AuditRow } from "../audit/queries";
import type { Post } from "../db/schema";
import type { ModerationReason } from "../moderation/pipeline";
import type { ReviewItem } from "../queue/items";
import { QUEUE_RANK } from "../queue/rank";
import { waitingFor } from "../queue/waiting";
import { HighlightedText } from "../ui/highlighted-text";
import { flagReasonLabels, roleLabels } from "../ui/labels";
import type { Claim } from "./claims";
import { AuthorWasShown } from "./crisis-box";
import { REVIEW_REASON_MAX } from "./schemas";
import { type ReviewAction, reviewActions, transition } from "./transitions";

/** A moderator's redaction the pipeline refused: shown again on its post, with what still fails. */
export type RedactionAttempt = { postId: string; body: string; reasons: readonly ModerationReason[] };

/** Where the action forms send the moderator back to. */
export type ReturnTo = "queue" | "post";

const RANK_LABELS: Record<number, string> = {
  [QUEUE_RANK.crisis]: "Crisis",
  [QUEUE_RANK.identifying]: "Identifying",
  [QUEUE_RANK.other]: "Other",
};

const exact = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatExact(epochMs: number): string {
  return `${exact.format(epochMs)} UTC`;
}

/** One post as a moderator weighs it: the text with each reason marked, reports, history, and the actions. */
export function ReviewCard({
  item,
  attempt,
  returnTo,
  now,
  viewer,
}: {
  item: ReviewItem;
  attempt?: RedactionAttempt;
  returnTo: ReturnTo;
  now: number;
  /** The moderator looking: their own claim reads differently from another's. */
  viewer: string;
}) {
  const { post, categoryName, flags, history, claim, appeal } = item;
  const heldForCrisis = isCrisisHold(post);
  return (
    <article class="review-item" id={`post-${post.id}`} data-status={post.status} aria-labelledby={`title-${post.id}`}>
      <h2 id={`title-${post.id}`} class="review-title">
        {post.inQueue ? (
          <span class={`badge rank-${post.queueRank}`}>{RANK_LABELS[post.queueRank] ?? "Other"}</span>
        ) : (
          <span class="badge">{post.status === "removed" ? "Removed" : "Reviewed"}</span>
        )}{" "}
        {titleOf(post, flags.total)}
      </h2>
      <p class="post-meta">
        <span>{categoryName}</span>
        {post.role && <span>{roleLabels[post.role]}</span>}
        <time datetime={new Date(post.createdAt).toISOString()}>{formatExact(post.createdAt)}</time>
        {post.status === "pending" && <span class="waiting">{waitingFor(post.createdAt, now)}</span>}
        {post.status !== "pending" && flags.since !== null && (
          <span class="waiting">{waitingFor(flags.since, now)}</span>
        )}
        <a href={`/mod/posts/${post.id}`}>Permalink</a>
      </p>
      {post.reasons.length > 0 ? (
        <HighlightedText text={post.body} reasons={post.reasons} id={`reasons-${post.id}`} />
      ) : (
        <div class="post-body">{post.body}</div>
      )}
      {heldForCrisis && <CrisisGuidance postId={post.id} />}
      {heldForCrisis && <AuthorWasShown postId={post.id} />}
      {flags.total > 0 && (
        <section class="flag-summary" aria-label="Reader reports">
          <h3>
            {flags.total} open {flags.total === 1 ? "report" : "reports"}
          </h3>
          <ul>
            {Object.entries(flags.byReason).map(([reason, count]) => (
              <li>
                {flagReasonLabels[reason as keyof typeof flagReasonLabels].label}: {count}
              </li>
            ))}
          </ul>
          {flags.notes.length > 0 && (
            <ul class="flag-notes">
              {flags.notes.map((note) => (
                <li>
                  <q>{note}</q>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {appeal && <AppealBox postId={post.id} appeal={appeal} returnTo={returnTo} />}
      {history.length > 0 && <History entries={history} />}
      {post.inQueue && <ClaimLine postId={post.id} claim={claim} viewer={viewer} returnTo={returnTo} />}
      {claim && claim.username !== viewer ? null : (
        <ActionForms post={post} attempt={attempt?.postId === post.id ? attempt : undefined} returnTo={returnTo} />
      )}
    </article>
  );
}

/**
 * Who is working on the post: a claim of one's own to keep or let go, another's with until when (their post's
 * actions are not offered meanwhile), or none, with a button to take it.
 */
function ClaimLine({
  postId,
  claim,
  viewer,
  returnTo,
}: {
  postId: string;
  claim: Claim | null;
  viewer: string;
  returnTo: ReturnTo;
}) {
  const until = claim && `${new Date(claim.expiresAt).toISOString().slice(11, 16)} UTC`;
  if (claim && claim.username !== viewer) {
    return (
      <p class="claim claimed-by-other" role="status">
        <strong>{claim.username}</strong> is working on this post until {until}. Its actions come back here then, or
        when they finish.
      </p>
    );
  }
  return (
    <form method="post" action={`/mod/posts/${postId}/claim`} class="claim inline-form">
      <input type="hidden" name="returnTo" value={returnTo} />
      {claim ? (
        <>
          <span>You are working on this post until {until}; other moderators see that and leave it to you.</span>{" "}
          <button type="submit" name="claim" value="release" class="button secondary">
            Let it go
          </button>
        </>
      ) : (
        <button type="submit" name="claim" value="take" class="button secondary">
          Claim it for 15 minutes
        </button>
      )}
    </form>
  );
}

/**
 * The author's appeal: their note, and while it waits, a way to keep the decision with a reason they will read.
 * Publishing or restoring the post grants it; removing it keeps the decision too.
 */
function AppealBox({ postId, appeal, returnTo }: { postId: string; appeal: Appeal; returnTo: ReturnTo }) {
  return (
    <section class="notice appeal" aria-labelledby={`appeal-${postId}`}>
      <h3 id={`appeal-${postId}`}>{appeal.decision === null ? "The author appealed" : `Appeal ${appeal.decision}`}</h3>
      <blockquote>{appeal.note}</blockquote>
      {appeal.decision === null ? (
        <form method="post" action={`/mod/posts/${postId}/appeal`} class="stacked-form">
          <input type="hidden" name="returnTo" value={returnTo} />
          <label for={`uphold-${postId}`}>To keep the decision, your reason (the author reads it)</label>
          <input id={`uphold-${postId}`} name="reason" type="text" maxlength={500} required />
          <button type="submit" class="button secondary">
            Keep the decision
          </button>
        </form>
      ) : (
        appeal.reason && (
          <p>
            Reason given: <q>{appeal.reason}</q>
          </p>
        )
      )}
    </section>
  );
}

function titleOf(post: Post, openReports: number): string {
  if (post.status === "hidden") return "Hidden by reader reports";
  if (post.status === "published" && openReports > 0) return "Reported by readers, still published";
  return `Post ${post.status}`;
}

/**
 * What a moderator should know before acting on a crisis hold. The author cannot be reached (nothing kept can find
 * them), so the safe default is to leave the post held: publishing helps nobody in danger.
 */
function CrisisGuidance({ postId }: { postId: string }) {
  return (
    <section class="notice moderator-guidance" aria-labelledby={`guidance-${postId}`}>
      <h3 id={`guidance-${postId}`}>Before you act: its author may be in danger</h3>
      <ul>
        <li>They were shown crisis lines at once; nothing kept here can reach them, so no reply is possible.</li>
        <li>
          Leave it held (do nothing) unless you are sure the danger is not the author's own: a client's words, a
          quotation, a case, training. Then publish it.
        </li>
        <li>If it also names or places someone, redact or remove it as any other post.</li>
        <li>If it weighs on you, tell another moderator; this work is not done alone.</li>
      </ul>
    </section>
  );
}

function History({ entries }: { entries: AuditRow[] }) {
  return (
    <details class="history">
      <summary>History ({entries.length})</summary>
      <ol>
        {entries.map((entry) => (
          <li>
            {formatExact(entry.at)}: {entry.moderator} {entry.action}
            {entry.reason && (
              <>
                {" "}
                (<q>{entry.reason}</q>)
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

function ActionForms({ post, attempt, returnTo }: { post: Post; attempt?: RedactionAttempt; returnTo: ReturnTo }) {
  const allowed = reviewActions.filter((action) => transition(action, post));
  return (
    <div class="review-actions">
      {allowed.map((action) => (
        <ActionForm post={post} action={action} attempt={attempt} returnTo={returnTo} />
      ))}
    </div>
  );
}

/** The reasons a moderator chooses from to remove a post: the author reads the one chosen, and the note after it. */
export const REMOVAL_REASONS = [
  "It could identify a client or someone else.",
  "It is harmful or abusive.",
  "It is spam or advertising.",
  "It is not about the work of a therapist.",
  "It breaks the guidelines in another way.",
] as const;
const LONGEST_REMOVAL_REASON = Math.max(...REMOVAL_REASONS.map((reason) => reason.length));

const isCrisisHold = (post: Post) =>
  post.status === "pending" && post.reasons.some((reason) => reason.kind === "crisis");

function buttonLabel(post: Post, action: ReviewAction): string {
  if (action === "approve" && post.status === "published") return "Keep it published and dismiss the reports";
  // Publishing is never the easy default on a crisis hold: it is said for what it is, and not the primary button.
  if (action === "approve" && isCrisisHold(post)) return "Publish: the danger is not the author's own";
  return BUTTONS[action];
}

const BUTTONS: Record<ReviewAction, string> = {
  approve: "Approve and publish",
  remove: "Remove",
  redact: "Publish the redacted text",
  restore: "Restore",
};

function ActionForm({
  post,
  action,
  attempt,
  returnTo,
}: {
  post: Post;
  action: ReviewAction;
  attempt?: RedactionAttempt;
  returnTo: ReturnTo;
}) {
  const id = `${action}-${post.id}`;
  const form = (
    <form method="post" action={`/mod/posts/${post.id}/actions`} class={`stacked-form action-${action}`}>
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="revision" value={String(post.revision)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {action === "redact" && (
        <>
          {attempt && (
            <div class="notice notice-error" role="alert">
              <p>The redacted text still has something the board cannot publish:</p>
              <HighlightedText text={attempt.body} reasons={attempt.reasons} id={`attempt-${post.id}`} />
            </div>
          )}
          <label for={`${id}-body`}>The post with identifying details edited out</label>
          <textarea id={`${id}-body`} name="body" rows={8} required>
            {attempt?.body ?? post.body}
          </textarea>
        </>
      )}
      {action === "remove" && (
        <>
          <label for={`${id}-template`}>Why (the author sees it)</label>
          <select id={`${id}-template`} name="template" required>
            <option value="">Choose a reason</option>
            {REMOVAL_REASONS.map((reason) => (
              <option value={reason}>{reason}</option>
            ))}
          </select>
        </>
      )}
      {action !== "approve" && action !== "restore" && (
        <>
          <label for={`${id}-reason`}>
            {action === "remove" ? "A note to the author (optional)" : "Reason for the audit log (optional)"}
          </label>
          <input
            id={`${id}-reason`}
            name="reason"
            type="text"
            maxlength={REVIEW_REASON_MAX - LONGEST_REMOVAL_REASON - 2}
          />
        </>
      )}
      <button
        type="submit"
        class={`button${action === "remove" ? " danger" : action === "approve" && !isCrisisHold(post) ? "" : " secondary"}`}
      >
        {buttonLabel(post, action)}
      </button>
    </form>
  );
  if (action !== "redact") return form;
  return (
    <details class="redact" open={attempt !== undefined}>
      <summary>Redact</summary>
      {form}
    </details>
  );
}
