import { raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Role } from "../db/schema";
import type { PublicPost } from "../posts/queries";
import { escapeHtml } from "./escape";
import { describeAge, roleLabels } from "./labels";

/** `excerpt` stands in for the body where only part of it is shown (a search result's snippet, its matches marked), as
 * HTML already escaped. */
type PostCardProps = {
  post: PublicPost;
  categoryName: string;
  link?: boolean;
  now: number;
  excerpt?: HtmlEscapedString;
};

/**
 * A post as it appears in a feed (linked) or on its own page. In a feed the whole card opens the post: its link's
 * box is stretched over the card (public/styles.css), and the link's name says which post it opens, not twenty
 * "Open"s in a row.
 *
 * Built as one string, each value escaped by `escapeHtml`: a page holds twenty cards, and hono's JSX took ten times
 * as long as an `html` template to render them, the template two and a half times as long as this (an uncached
 * page is held to 1.25× its JSON's cost).
 */
export function PostCard({ post, categoryName, link = true, now, excerpt }: PostCardProps): HtmlEscapedString {
  const age = describeAge(post.createdAt, now);
  const people = post.resonates === 1 ? "person resonates" : "people resonate";
  const category = escapeHtml(post.category);
  const open = link
    ? `<a class="post-link" href="/p/${escapeHtml(post.id)}" aria-label="Open: ${escapeHtml(openingOf(post.body))}">Open</a>`
    : "";
  return raw(
    `<article class="${link ? "post linked" : "post"}" data-category="${category}"><p class="post-meta"><a class="post-category" href="/c/${category}">${escapeHtml(categoryName)}</a>${post.role ? ROLE_TAGS[post.role] : ""}<time datetime="${escapeHtml(age.iso)}">${escapeHtml(age.text)}</time></p><div class="post-body">${excerpt ?? escapeHtml(post.body)}</div><p class="post-foot"><span class="post-resonates">${post.resonates} ${people}</span>${open}</p></article>`,
  );
}

/** Each role's tag, the same on every card it is on: made once. */
const ROLE_TAGS = Object.fromEntries(
  Object.entries(roleLabels).map(([role, label]) => [role, raw(`<span class="post-role">${label}</span>`)]),
) as Record<Role, HtmlEscapedString>;

/**
 * The first words of a post, to tell one card's link from the next: eight, and an ellipsis when more follow. One split
 * that stops at the ninth word: in workerd each regular expression a card runs costs about a microsecond.
 */
function openingOf(body: string): string {
  const words = body.trim().split(/\s+/, OPENING_WORDS + 1);
  const opening = words.slice(0, OPENING_WORDS).join(" ");
  return words.length > OPENING_WORDS ? `${opening}…` : opening;
}
const OPENING_WORDS = 8;
