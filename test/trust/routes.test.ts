import { describe, expect, it } from "vitest";
import { CLIENT_DAY_SECONDS } from "../../src/limits/client-key";
import {
  IDEMPOTENCY_KEPT_MS,
  READER_KEYS_KEPT_MS,
  REMOVED_BODY_KEPT_MS,
  SETTLED_FLAGS_KEPT_MS,
} from "../../src/retention/purge";
import { DAY_MS, HOUR_MS } from "../../src/time";
import { request } from "../support/app";

describe("the pages that say who runs the board and what it keeps", () => {
  it("/about states the two promises and how moderation works", async () => {
    const res = await request("/about");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=3600");
    const page = await res.text();
    expect(page).toContain("<h1>About Closed Door</h1>");
    expect(page).toContain("You stay anonymous.");
    expect(page).toContain("No client can be identified.");
    expect(page).toContain("Who moderates, and how");
    expect(page).toContain('href="/privacy"');
  });

  it("/privacy lists what is never kept, and each kept thing with how long, from the purge's own periods", async () => {
    const res = await request("/privacy");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Your IP address, your browser&#39;s name (User-Agent)");
    expect(page).toContain(`${REMOVED_BODY_KEPT_MS / DAY_MS} days after a moderator removes it`);
    expect(page).toContain(`The keys ${READER_KEYS_KEPT_MS / HOUR_MS} hours`);
    expect(page).toContain(`${IDEMPOTENCY_KEPT_MS / HOUR_MS} hours, and deleted with the post`);
    expect(page).toContain(`Until ${SETTLED_FLAGS_KEPT_MS / DAY_MS} days after a moderator settles it`);
    expect(page).toContain(`<td>${(CLIENT_DAY_SECONDS * 1000) / HOUR_MS} hours</td>`);
    expect(page).toContain("What someone with our data could learn");
  });

  it("is linked from every page's footer", async () => {
    const page = await (await request("/guidelines")).text();
    expect(page).toContain('<a href="/about">About</a>');
    expect(page).toContain('<a href="/privacy">Privacy</a>');
  });
});
