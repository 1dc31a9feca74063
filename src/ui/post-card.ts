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
  // The age is the board's own words and digits (src/ui/labels.ts), with nothing to escape.
  const age = describeAge(post.createdAt, now);
  const people = post.resonates === 1 ? "person resonates" : "people resonate";
  const category = escapeHtml(post.category);
  const body = escapeHtml(post.body);
  // Escaping adds no space, so the escaped body's first words are its first words escaped.
  const open = link
    ? `<a class="post-link" href="/p/${escapeHtml(post.id)}" aria-label="Open: ${openingOf(body)}">Open</a>`
    : "";
  return raw(
    `<article class="${link ? "post linked" : "post"}" data-category="${category}"><p class="post-meta"><a class="post-category" href="/c/${category}">${escapeHtml(categoryName)}</a>${post.role ? ROLE_TAGS[post.role] : ""}<time datetime="${age.iso}">${age.text}</time></p><div class="post-body">${excerpt ?? body}</div><p class="post-foot"><span class="post-resonates">${post.resonates} ${people}</span>${open}</p></article>`,
  );
}

/** Each role's tag, the same on every card it is on: made once. */
const ROLE_TAGS = Object.fromEntries(
  Object.entries(roleLabels).map(([role, label]) => [role, raw(`<span class="post-role">${label}</span>`)]),
) as Record<Role, HtmlEscapedString>;

/**
 * The first words of a post, to tell one card's link from the next: eight, and an ellipsis when more follow, each
 * parted by one space. The ellipsis is written as its entity: one character past Latin-1 makes the whole page a
 * two-byte string, which the runtime encodes at twice the cost (an uncached feed page is held to 1.25× its JSON's). Read by a loop over the characters, not split: in workerd a split by a regular expression
 * cost a card two microseconds, the loop a tenth of that (an uncached page is held to 1.25× its JSON's cost).
 */
function openingOf(body: string): string {
  let opening = "";
  let words = 0;
  let at = 0;
  while (at < body.length) {
    while (at < body.length && isSpace(body.charCodeAt(at))) at++;
    if (at === body.length) break;
    if (words === OPENING_WORDS) return `${opening}&hellip;`;
    const start = at;
    while (at < body.length && !isSpace(body.charCodeAt(at))) at++;
    opening += words === 0 ? body.slice(start, at) : ` ${body.slice(start, at)}`;
    words++;
  }
  return opening;
}
const OPENING_WORDS = 8;

/** Whether a character is white space, as `\s` reads it. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
