import type { Category } from "../db/schema";
import type { Outcome } from "../review/outcome";
import { OutcomeNotice } from "../review/outcome";
import { ReviewCard } from "../review/review-card";
import { Layout, type Viewer } from "../ui/layout";
import type { QueueFilters } from "./filters";
import type { ReviewItem } from "./items";
import { QUEUE_RANK } from "./rank";

export function QueuePage({
  viewer,
  items,
  appeals,
  waiting,
  filters,
  categories,
  nextHref,
  outcome,
  now,
}: {
  viewer: Viewer;
  items: ReviewItem[];
  /** Removed posts whose authors appealed, waiting for an answer. */
  appeals: ReviewItem[];
  /** How many posts wait, by rank. */
  waiting: Record<number, number>;
  filters: QueueFilters;
  categories: Pick<Category, "slug" | "name">[];
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
      <FilterForm filters={filters} categories={categories} />
      <OutcomeNotice outcome={outcome} />
      {appeals.length > 0 && (
        <section aria-labelledby="appeals-title" class="appeals">
          <h2 id="appeals-title">Appeals of removals ({appeals.length})</h2>
          <p>Restore the post to grant the appeal, or keep the decision with a reason the author reads.</p>
          {appeals.map((item) => (
            <ReviewCard item={item} attempt={outcome.attempt} returnTo="queue" now={now} viewer={viewer.username} />
          ))}
        </section>
      )}
      {items.length === 0 ? (
        <p class="empty">
          {Object.keys(filters).length > 0
            ? "Nothing in the queue matches these filters."
            : "The queue is empty. Thank you."}
        </p>
      ) : (
        items.map((item) => (
          <ReviewCard item={item} attempt={outcome.attempt} returnTo="queue" now={now} viewer={viewer.username} />
        ))
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

const KINDS = [
  ["crisis", "Crisis"],
  ["identifying", "Identifying"],
  ["other", "Other"],
] as const;
const SOURCES = [
  ["held", "Held by the filters"],
  ["reported", "Reported by readers"],
] as const;
const WAITS = [
  ["1h", "an hour"],
  ["4h", "4 hours"],
  ["24h", "a day"],
  ["72h", "3 days"],
] as const;

/** The queue's filters as a GET form: bookmarkable, and usable without JavaScript. */
function FilterForm({ filters, categories }: { filters: QueueFilters; categories: Pick<Category, "slug" | "name">[] }) {
  return (
    <form method="get" action="/mod" class="queue-filters" aria-label="Filter the queue">
      <Choice name="kind" label="Kind" value={filters.kind} options={KINDS} />
      <Choice
        name="category"
        label="Category"
        value={filters.category}
        options={categories.map(({ slug, name }) => [slug, name] as const)}
      />
      <Choice name="source" label="From" value={filters.source} options={SOURCES} />
      <Choice name="waited" label="Waiting at least" value={filters.waited} options={WAITS} />
      <button type="submit" class="button secondary">
        Filter
      </button>
      {Object.keys(filters).length > 0 && <a href="/mod">Clear the filters</a>}
    </form>
  );
}

function Choice({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <label>
      {label}{" "}
      <select name={name}>
        <option value="">any</option>
        {options.map(([option, text]) => (
          <option value={option} selected={option === value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
