import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Category } from "../db/schema";
import type { PublicPost } from "../posts/queries";
import { hourText } from "../time";

export const ATOM_ENTRIES = 50;
const TITLE_MAX = 80;

export type AtomFeed = {
  /** The absolute URL of the board, without a trailing slash. */
  origin: string;
  category?: Category;
  categories: Category[];
  posts: PublicPost[];
  now: number;
};

/**
 * The Atom 1.0 document (RFC 4287) of a feed's newest posts. Every value
 * passes through `html`, which escapes the five XML specials, after
 * characters XML cannot carry at all are dropped.
 */
export async function renderAtom(feed: AtomFeed): Promise<string> {
  const self = `${feed.origin}${feed.category ? `/c/${feed.category.slug}` : ""}`;
  const names = new Map(feed.categories.map((category) => [category.slug, category.name]));
  const updated = hourText(feed.posts[0]?.createdAt ?? feed.now);
  const title = feed.category ? `Closed Door: ${feed.category.name}` : "Closed Door";
  const document = html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${self}/</id>
  <title>${xmlText(title)}</title>
  <subtitle>What therapists cannot say in session.</subtitle>
  <link rel="self" type="application/atom+xml" href="${self}/feed.xml"/>
  <link rel="alternate" type="text/html" href="${self}/"/>
  <updated>${updated}</updated>
  <author><name>Closed Door</name></author>
${raw((await Promise.all(feed.posts.map((post) => entry(feed.origin, post, names.get(post.category))))).join(""))}</feed>
`;
  return (await document).toString();
}

async function entry(origin: string, post: PublicPost, categoryName: string | undefined): Promise<string> {
  const url = `${origin}/p/${post.id}`;
  const hour = hourText(post.createdAt);
  const rendered: HtmlEscapedString = await html`  <entry>
    <id>${url}</id>
    <title>${xmlText(titleOf(post.body))}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <published>${hour}</published>
    <updated>${hour}</updated>
    <category term="${post.category}" label="${xmlText(categoryName ?? post.category)}"/>
    <content type="text">${xmlText(post.body)}</content>
  </entry>
`;
  return rendered.toString();
}

/** The first line of a post, cut at a word near TITLE_MAX characters. */
export function titleOf(body: string): string {
  const line = body.split("\n", 1)[0] ?? "";
  const characters = [...line];
  if (characters.length <= TITLE_MAX) return line;
  const cut = characters.slice(0, TITLE_MAX).join("");
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > TITLE_MAX / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

// Characters XML 1.0 does not allow, even escaped: most C0 controls,
// unpaired surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}
