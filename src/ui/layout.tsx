import { html, raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { ModeratorRole } from "../db/schema";
import { assetVersions } from "./asset-versions";
import { DEFAULT_CRISIS_LINES, FooterCrisisLine } from "./crisis-footer";

/** The moderator a page is shown to: the nav names them, and offers the admin screen to admins only. */
export type Viewer = { username: string; role: ModeratorRole };

type LayoutProps = {
  title?: string;
  description?: string;
  /** The page's own Atom feed, when it has one narrower than the whole board's. */
  feed?: string;
  /** Which header the page wears: the board's, or the moderators'. */
  area?: "board" | "mod";
  /** The board's section this page is, marked in the header for a screen reader and the eye. */
  section?: BoardSection;
  /** On moderator pages, who is signed in (no moderator nav without a session). */
  signedInAs?: Viewer;
  children: Child;
};

const asset = (name: keyof typeof assetVersions) => `/${name}?v=${assetVersions[name]}`;

export function Layout({ title, description, feed, area = "board", section, signedInAs, children }: LayoutProps) {
  const named = title ? `${title} · Closed Door` : "Closed Door";
  const ownFeed = feed && html`<link rel="alternate" type="application/atom+xml" title="${title}" href="${feed}"/>`;
  const brand = area === "mod" ? MOD_BRAND : BOARD_BRAND;
  const nav = area === "board" ? boardNav(section) : signedInAs && <ModNav viewer={signedInAs} />;
  // An `html` template, not JSX: every page wears it, and hono's JSX costs about a microsecond an element (an
  // uncached page's budget is 1.25× its JSON's cost).
  return html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${named}</title><meta name="description" content="${description ?? DESCRIPTION}"/>${STATIC_HEAD}${ownFeed}<script src="${asset("app.js")}" defer=""></script></head><body>${SKIP_LINK}<header class="site-header">${brand}${nav}</header><main id="main">${children}</main>${FOOTER}</body></html>`;
}

const DESCRIPTION = "An anonymous board where therapists say what they cannot say in session.";

export type BoardSection = "board" | "search" | "guidelines" | "write";

// The parts of every page that never change are rendered once, when the module loads: hono's JSX costs about a
// microsecond an element on every page, and these are half a page's elements (an uncached page's budget is 1.25×
// its JSON's cost).
export const once = (node: unknown) => raw(String(node));

const SKIP_LINK = once(
  <a class="skip-link" href="#main">
    Skip to the content
  </a>,
);

const STATIC_HEAD = once(
  <>
    <meta name="referrer" content="no-referrer" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href={asset("styles.css")} />
    <link rel="alternate" type="application/atom+xml" title="Closed Door" href="/feed.xml" />
  </>,
);

const FOOTER = once(
  <footer class="site-footer">
    <p>
      No accounts, no cookies, no addresses kept. <FooterCrisisLine resources={DEFAULT_CRISIS_LINES} />
    </p>
    <p class="footer-links">
      <a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/guidelines">Guidelines</a>{" "}
      <a href="/status">Your post's status</a> <a href="/feeds">Follow in a feed reader</a>
    </p>
  </footer>,
);

const boardSections = [undefined, "board", "search", "guidelines", "write"] as const;
const BOARD_NAVS = new Map(boardSections.map((section) => [section, once(<BoardNav section={section} />)]));
const boardNav = (section: BoardSection | undefined) => BOARD_NAVS.get(section);

function BoardNav({ section }: { section: BoardSection | undefined }) {
  const mark = (each: BoardSection) => (each === section ? "page" : undefined);
  return (
    <nav class="site-nav" aria-label="Site">
      <a href="/" aria-current={mark("board")}>
        Board
      </a>
      <a href="/search" aria-current={mark("search")}>
        Search
      </a>
      <a href="/guidelines" aria-current={mark("guidelines")}>
        Guidelines
      </a>
      <a class="write" href="/new" aria-current={mark("write")}>
        Write
      </a>
    </nav>
  );
}

function ModNav({ viewer }: { viewer: Viewer }) {
  return (
    <nav class="site-nav" aria-label="Moderators">
      <span class="signed-in">Signed in as {viewer.username}</span>
      <a href="/mod">Queue</a>
      <a href="/mod/audit">Audit log</a>
      {viewer.role === "admin" && <a href="/mod/moderators">Moderators</a>}
      <a href="/">Board</a>
      <form method="post" action="/mod/sign-out" class="inline-form">
        <button type="submit" class="link-button">
          Sign out
        </button>
      </form>
    </nav>
  );
}

/** The mark: a closed door in its frame, drawn in the accent colour; the name beside it is the link's text. */
const LOGO_MARK = once(
  <svg class="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
    <path d="M6 30V5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v25" fill="none" stroke="currentColor" stroke-width="2.5" />
    <rect x="10" y="7" width="12" height="23" rx="1" fill="currentColor" />
    <circle cx="19" cy="19" r="1.6" class="logo-knob" />
    <path d="M3 30h26" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
  </svg>,
);

const BOARD_BRAND = once(
  <a class="brand" href="/">
    {LOGO_MARK}
    Closed Door
  </a>,
);

const MOD_BRAND = once(
  <a class="brand" href="/mod">
    {LOGO_MARK}
    Closed Door<span class="brand-area"> · moderators</span>
  </a>,
);
