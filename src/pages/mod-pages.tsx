import type { AuditRow } from "../audit/queries";
import type { ReviewItem } from "../queue/items";
import { QUEUE_RANK } from "../queue/rank";
import type { ReviewAction } from "../review/transitions";
import { Layout, type Viewer } from "../ui/layout";
import { formatExact, type RedactionAttempt, ReviewCard } from "./mod-review";

const DONE: Record<ReviewAction, string> = {
  approve: "Approved: the post is published.",
  remove: "Removed. The author sees your reason on their status page.",
  redact: "Redacted and published.",
  restore: "Restored: the post is published again.",
};

type Outcome = { done?: ReviewAction; problem?: string; attempt?: RedactionAttempt };

export function SignInPage({ problem }: { problem?: string }) {
  return (
    <Layout title="Moderator sign-in" area="mod">
      <h1>Moderator sign-in</h1>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <form method="post" action="/mod/session" class="stacked-form narrow">
        <label for="username">Username</label>
        <input id="username" name="username" type="text" autocomplete="username" required />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit" class="button">
          Sign in
        </button>
      </form>
    </Layout>
  );
}

export function QueuePage({
  viewer,
  items,
  waiting,
  nextHref,
  outcome,
  now,
}: {
  viewer: Viewer;
  items: ReviewItem[];
  /** How many posts wait, by rank. */
  waiting: Record<number, number>;
  nextHref: string | null;
  outcome: Outcome;
  now: number;
}) {
  return (
    <Layout title="Queue" area="mod" signedInAs={viewer}>
      <h1>Queue</h1>
      <p class="lede">
        Held and reported posts, most severe first: crisis, then identifying, then the rest; the longest waiting first
        within each.
      </p>
      <WaitingCount waiting={waiting} />
      <OutcomeNotice outcome={outcome} />
      {items.length === 0 ? (
        <p class="empty">The queue is empty. Thank you.</p>
      ) : (
        items.map((item) => <ReviewCard item={item} attempt={outcome.attempt} returnTo="queue" now={now} />)
      )}
      {nextHref && (
        <a class="older" rel="next" href={nextHref}>
          Next in the queue
        </a>
      )}
    </Layout>
  );
}

type ModPostProps = { viewer: Viewer; item: ReviewItem; outcome: Outcome; now: number };

export function ModPostPage({ viewer, item, outcome, now }: ModPostProps) {
  return (
    <Layout title="Post" area="mod" signedInAs={viewer}>
      <h1>A post under review</h1>
      <OutcomeNotice outcome={outcome} />
      <ReviewCard item={item} attempt={outcome.attempt} returnTo="post" now={now} />
      <p>
        <a href="/mod">Back to the queue</a>
      </p>
    </Layout>
  );
}

export function AuditPage({
  viewer,
  entries,
  nextHref,
}: {
  viewer: Viewer;
  entries: AuditRow[];
  nextHref: string | null;
}) {
  return (
    <Layout title="Audit log" area="mod" signedInAs={viewer}>
      <h1>Audit log</h1>
      <p class="lede">Every moderator action and sign-in, newest first. Entries can never be changed.</p>
      <div class="table-scroll">
        <table class="audit">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Post</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>{formatExact(entry.at)}</td>
                <td>{entry.moderator}</td>
                <td>
                  {entry.action}
                  {entry.subject && ` ${entry.subject}`}
                </td>
                <td>{entry.postId && <a href={`/mod/posts/${entry.postId}`}>{entry.postId}</a>}</td>
                <td>{entry.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextHref && (
        <a class="older" rel="next" href={nextHref}>
          Older entries
        </a>
      )}
    </Layout>
  );
}

/** "5 waiting: 1 crisis, 3 identifying, 1 other", crisis first, so the most urgent count is read first. */
function WaitingCount({ waiting }: { waiting: Record<number, number> }) {
  const kinds = [
    [QUEUE_RANK.crisis, "crisis"],
    [QUEUE_RANK.identifying, "identifying"],
    [QUEUE_RANK.other, "other"],
  ] as const;
  const total = kinds.reduce((sum, [rank]) => sum + (waiting[rank] ?? 0), 0);
  if (total === 0) return null;
  return (
    <p class="waiting-count" role="status">
      <strong>{total} waiting</strong>:{" "}
      {kinds
        .filter(([rank]) => (waiting[rank] ?? 0) > 0)
        .map(([rank, name]) => `${waiting[rank]} ${name}`)
        .join(", ")}
    </p>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  if (outcome.problem) {
    return (
      <p class="notice notice-error" role="alert">
        {outcome.problem}
      </p>
    );
  }
  if (outcome.done) {
    return (
      <p class="notice notice-ok" role="status">
        {DONE[outcome.done]}
      </p>
    );
  }
  return null;
}
