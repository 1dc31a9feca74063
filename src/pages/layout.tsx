import { html } from "hono/html";
import type { Child } from "hono/jsx";

type LayoutProps = { title?: string; description?: string; feed?: string; children: Child };

/** `feed` is the page's own Atom feed, when it has one narrower than the whole board's. */
export function Layout({ title, description, feed, children }: LayoutProps) {
  return (
    <>
      {html`<!DOCTYPE html>`}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title ? `${title} · Closed Door` : "Closed Door"}</title>
          <meta
            name="description"
            content={description ?? "An anonymous board where therapists say what they cannot say in session."}
          />
          <meta name="referrer" content="no-referrer" />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/styles.css" />
          <link rel="alternate" type="application/atom+xml" title="Closed Door" href="/feed.xml" />
          {feed && <link rel="alternate" type="application/atom+xml" title={title} href={feed} />}
        </head>
        <body>
          <header class="site-header">
            <a class="brand" href="/">
              Closed Door
            </a>
            <p class="tagline">What therapists cannot say in session.</p>
          </header>
          <main id="main">{children}</main>
          <footer class="site-footer">
            <p>
              No accounts, no cookies, no addresses kept. If you are in crisis, call or text <strong>988</strong> (US)
              or find a line near you at findahelpline.com.
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}
