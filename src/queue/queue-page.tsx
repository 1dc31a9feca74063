import type { Outcome } from "../review/outcome";
import { OutcomeNotice } from "../review/outcome";
import { ReviewCard } from "../review/review-card";
import { Layout, type Viewer } from "../ui/layout";
import type { ReviewItem } from "./items";
import { QUEUE_RANK } from "./rank";

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
