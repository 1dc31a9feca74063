import { raw } from "hono/html";
import type { Category } from "../db/schema";
import { escapeHtml } from "../ui/escape";
import { Layout } from "../ui/layout";
import { PostCard } from "../ui/post-card";
import type { SearchResults } from "./run";
import { SEARCH_QUERY_MAX } from "./schemas";

type SearchPageProps = {
  categories: Category[];
  q: string;
  category?: string;
  found?: SearchResults;
  nextHref: string | null;
  problem?: string;
  now: number;
};

export function SearchPage({ categories, q, category, found, nextHref, problem, now }: SearchPageProps) {
  const names = new Map(categories.map((each) => [each.slug, each.name]));
  return (
    <Layout title={q ? `Search: ${q}` : "Search"} section="search">
      <h1>Search</h1>
      <form method="get" action="/search" class="search-form">
        <div class="field">
          <label for="q">Words to find</label>
          <input id="q" name="q" type="search" value={q} maxlength={SEARCH_QUERY_MAX} aria-describedby="search-hint" />
          <p id="search-hint" class="hint">
            Every word must be there, in any of its forms (supervisor finds supervision); "words in quotes" as a phrase;
            tired OR guilty for either.
          </p>
        </div>
        <div class="field">
          <label for="search-category">In</label>
          <select id="search-category" name="category">
            <option value="">All categories</option>
            {categories.map((each) => (
              <option value={each.slug} selected={each.slug === category}>
                {each.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          Search
        </button>
      </form>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {found && (
        <section aria-labelledby="results-title">
          <h2 id="results-title" class="visually-hidden">
            Results
          </h2>
          {found.total && found.total.count > 0 && (
            <p class="result-count" role="status">
              {found.total.capped
                ? `${found.total.count.toLocaleString("en")} or more posts match`
                : `${found.total.count.toLocaleString("en")} ${found.total.count === 1 ? "post matches" : "posts match"}`}
            </p>
          )}
          {found.results.length === 0 ? (
            <p class="empty">Nothing matches. Try other words, or fewer.</p>
          ) : (
            <ol class="results">
              {found.results.map(({ post, snippet }) => (
                <li>
                  <PostCard
                    post={post}
                    categoryName={names.get(post.category) ?? post.category}
                    now={now}
                    excerpt={raw(
                      snippet
                        .map((piece) =>
                          piece.match ? `<mark>${escapeHtml(piece.text)}</mark>` : escapeHtml(piece.text),
                        )
                        .join(""),
                    )}
                  />
                </li>
              ))}
            </ol>
          )}
          {nextHref && (
            <a class="older" rel="next" href={nextHref}>
              More results
            </a>
          )}
        </section>
      )}
    </Layout>
  );
}
