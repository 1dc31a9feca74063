import type { Category } from "../db/schema";
import type { PublicPost } from "../posts/queries";
import { Layout } from "../ui/layout";
import { PostCard } from "../ui/post-card";
import type { FeedPeriod, FeedSort } from "./cursor";

type FeedPageProps = {
  categories: Category[];
  current?: Category;
  sort: FeedSort;
  /** How far back "most resonated" looks. */
  period?: FeedPeriod;
  posts: PublicPost[];
  olderHref: string | null;
  /** Back towards the newest posts; null on the first page. */
  newerHref?: string | null;
  pageNumber?: number;
  now: number;
  /** The board's front page: the introduction for a first-time visitor leads it. */
  introduce?: boolean;
};

export function FeedPage({
  categories,
  current,
  sort,
  period = "all",
  posts,
  olderHref,
  newerHref = null,
  pageNumber = 1,
  now,
  introduce = false,
}: FeedPageProps) {
  const base = current ? `/c/${current.slug}` : "/";
  const names = new Map(categories.map((category) => [category.slug, category.name]));
  return (
    <Layout
      title={current?.name}
      description={current?.description}
      feed={current && `/c/${current.slug}/feed.xml`}
      section="board"
    >
      {introduce && <Introduction />}
      <CategoryMenu categories={categories} current={current} />
      <section class="feed" aria-labelledby="feed-title">
        <h1 id="feed-title">{current ? current.name : "All reflections"}</h1>
        {current && <p class="feed-description">{current.description}</p>}
        <nav class="sort" aria-label="Order">
          <a href={base} aria-current={sort === "new" ? "page" : undefined}>
            Newest
          </a>
          <a href={`${base}?sort=top`} aria-current={sort === "top" ? "page" : undefined}>
            Most resonated
          </a>
        </nav>
        {sort === "top" && (
          <nav class="sort period" aria-label="Most resonated over">
            {PERIODS.map(([value, label]) => (
              <a
                href={`${base}?sort=top${value === "all" ? "" : `&period=${value}`}`}
                aria-current={period === value ? "page" : undefined}
              >
                {label}
              </a>
            ))}
          </nav>
        )}
        {posts.length === 0 ? (
          <p class="empty">Nothing here yet.</p>
        ) : (
          // Called, not written as an element: twenty cards as elements cost JSX's wrapping four times over.
          posts.map((post) => PostCard({ post, categoryName: names.get(post.category) ?? post.category, now }))
        )}
        {(olderHref || newerHref) && (
          <nav class="pages" aria-label="Pages">
            {newerHref && (
              <a class="newer" rel="prev" href={newerHref}>
                {sort === "new" ? "Newer posts" : "Back"}
              </a>
            )}
            <span class="page-number" aria-current="page">
              Page {pageNumber}
            </span>
            {olderHref && (
              <a class="older" rel="next" href={olderHref}>
                {sort === "new" ? "Older posts" : "More posts"}
              </a>
            )}
          </nav>
        )}
      </section>
    </Layout>
  );
}

const PERIODS = [
  ["week", "This week"],
  ["month", "This month"],
  ["all", "All time"],
] as const satisfies readonly (readonly [FeedPeriod, string])[];

function CategoryMenu({ categories, current }: { categories: Category[]; current?: Category }) {
  return (
    <nav class="categories" aria-label="Categories">
      <ul>
        <li>
          <a href="/" aria-current={current ? undefined : "page"}>
            All
          </a>
        </li>
        {categories.map((category) => (
          <li>
            <a
              href={`/c/${category.slug}`}
              data-category={category.slug}
              aria-current={current?.slug === category.slug ? "page" : undefined}
            >
              {category.name} <span class="count">{category.postCount}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * What the board is, for a first-time visitor. "Got it" (a script, so no cookie and nothing sent to the board)
 * hides it in this browser from then on; without the script it is a box that closes.
 */
function Introduction() {
  return (
    <details class="intro" open data-intro>
      <summary>What is Closed Door?</summary>
      <p>
        An anonymous board where therapists say what they cannot say in session. No accounts, no cookies, nothing that
        tells who wrote a post. Before you write, read the <a href="/guidelines">guidelines</a>: never a detail that
        could identify a client. <a href="/about">Who runs it, and how</a>.
      </p>
      <button type="button" class="button secondary" data-dismiss-intro hidden>
        Got it, hide this
      </button>
    </details>
  );
}
