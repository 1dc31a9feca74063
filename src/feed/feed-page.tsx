import { html, raw } from "hono/html";
import type { Category } from "../db/schema";
import type { PublicPost } from "../posts/queries";
import { escapeHtml } from "../ui/escape";
import { Layout, once } from "../ui/layout";
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
  // The page's own parts are `html` templates, as its cards are (src/ui/post-card.ts): hono's JSX costs about a
  // microsecond an element, and an uncached page is held to 1.25× the cost of its JSON.
  const cards = posts.map((post) => PostCard({ post, categoryName: names.get(post.category) ?? post.category, now }));
  const heading = html`<h1 id="feed-title">${current ? current.name : "All reflections"}</h1>${current && html`<p class="feed-description">${current.description}</p>`}`;
  const sorts = html`<nav class="sort" aria-label="Order"><a href="${base}"${ariaCurrent(sort === "new")}>Newest</a><a href="${base}?sort=top"${ariaCurrent(sort === "top")}>Most resonated</a></nav>`;
  const shown = posts.length === 0 ? html`<p class="empty">Nothing here yet.</p>` : cards;
  return Layout({
    title: current?.name,
    description: current?.description,
    feed: current && `/c/${current.slug}/feed.xml`,
    section: "board",
    children: html`${introduce && INTRODUCTION}${categoryMenu(categories, current)}<section class="feed" aria-labelledby="feed-title">${heading}${sorts}${sort === "top" && periodsOf(base, period)}${shown}${pages(sort, pageNumber, olderHref, newerHref)}</section>`,
  });
}

/** The links to most resonated this week, this month and of all time. */
function periodsOf(base: string, period: FeedPeriod) {
  const links = PERIODS.map(
    ([value, label]) =>
      html`<a href="${base}?sort=top${value === "all" ? "" : `&period=${value}`}"${ariaCurrent(period === value)}>${label}</a>`,
  );
  return html`<nav class="sort period" aria-label="Most resonated over">${links}</nav>`;
}

/** ` aria-current="page"` on the link to the page shown, nothing on the others. */
const ariaCurrent = (shown: boolean) => (shown ? ARIA_CURRENT : "");
const ARIA_CURRENT = raw(' aria-current="page"');

/** The links to the newer and older pages, with this page's number between them. */
function pages(sort: FeedSort, pageNumber: number, olderHref: string | null, newerHref: string | null) {
  if (!olderHref && !newerHref) return "";
  const newer =
    newerHref && html`<a class="newer" rel="prev" href="${newerHref}">${sort === "new" ? "Newer posts" : "Back"}</a>`;
  const older =
    olderHref &&
    html`<a class="older" rel="next" href="${olderHref}">${sort === "new" ? "Older posts" : "More posts"}</a>`;
  return html`<nav class="pages" aria-label="Pages">${newer}<span class="page-number" aria-current="page">Page ${pageNumber}</span>${older}</nav>`;
}

const PERIODS = [
  ["week", "This week"],
  ["month", "This month"],
  ["all", "All time"],
] as const satisfies readonly (readonly [FeedPeriod, string])[];

/** The categories, built as one string as the cards are (src/ui/post-card.ts): it is on every uncached page. */
function categoryMenu(categories: Category[], current: Category | undefined) {
  const items = categories
    .map((category) => {
      const slug = escapeHtml(category.slug);
      const here = ariaCurrent(current?.slug === category.slug);
      return `<li><a href="/c/${slug}" data-category="${slug}"${here}>${escapeHtml(category.name)} <span class="count">${category.postCount}</span></a></li>`;
    })
    .join("");
  return raw(
    `<nav class="categories" aria-label="Categories"><ul><li><a href="/"${ariaCurrent(!current)}>All</a></li>${items}</ul></nav>`,
  );
}

/**
 * What the board is, for a first-time visitor. "Got it" (a script, so no cookie and nothing sent to the board)
 * hides it in this browser from then on; without the script it is a box that closes.
 */
const INTRODUCTION = once(
  <details class="intro" open data-intro>
    <summary>What is Closed Door?</summary>
    <p>
      An anonymous board where therapists say what they cannot say in session. No accounts, no cookies, nothing that
      tells who wrote a post. Before you write, read the <a href="/guidelines">guidelines</a>: never a detail that could
      identify a client. <a href="/about">Who runs it, and how</a>.
    </p>
    <button type="button" class="button secondary" data-dismiss-intro hidden>
      Got it, hide this
    </button>
  </details>,
);
