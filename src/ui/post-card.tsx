import type { Child } from "hono/jsx";
import type { PublicPost } from "../posts/queries";
import { describeAge, roleLabels } from "./labels";

/** `excerpt` stands in for the body where only part of it is shown (a search result's snippet, its matches marked). */
type PostCardProps = { post: PublicPost; categoryName: string; link?: boolean; now: number; excerpt?: Child };

/**
 * A post as it appears in a feed (linked) or on its own page. In a feed the whole card opens the post: its link's
 * box is stretched over the card (public/styles.css), and the link's name says which post it opens, not twenty
 * "Open"s in a row.
 */
export function PostCard({ post, categoryName, link = true, now, excerpt }: PostCardProps) {
  return (
    <article class={link ? "post linked" : "post"} data-category={post.category}>
      <p class="post-meta">
        <a class="post-category" href={`/c/${post.category}`}>
          {categoryName}
        </a>
        {post.role && <span class="post-role">{roleLabels[post.role]}</span>}
        <PostAge createdAt={post.createdAt} now={now} />
      </p>
      <div class="post-body">{excerpt ?? post.body}</div>
      <p class="post-foot">
        <span class="post-resonates">
          {post.resonates} {post.resonates === 1 ? "person resonates" : "people resonate"}
        </span>
        {link && (
          <a class="post-link" href={`/p/${post.id}`} aria-label={`Open: ${openingOf(post.body)}`}>
            Open
          </a>
        )}
      </p>
    </article>
  );
}

/** When a post was written, as coarsely as `describeAge` gives it. */
export function PostAge({ createdAt, now }: { createdAt: number; now: number }) {
  const age = describeAge(createdAt, now);
  return <time datetime={age.iso}>{age.text}</time>;
}

const OPENING_WORDS = 8;

/** The first words of a post, to tell one card's link from the next. */
function openingOf(body: string): string {
  const words = body.split(/\s+/).filter(Boolean);
  const opening = words.slice(0, OPENING_WORDS).join(" ");
  return words.length > OPENING_WORDS ? `${opening}…` : opening;
}
