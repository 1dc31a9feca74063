import { describe, expect, it } from "vitest";
import { smsHref, telHref } from "../../src/ui/crisis-resources";
import { postForm, request } from "../support/app";

const CRISIS = "I want to end my life and I don't know who else to tell. I spend all day keeping other people alive.";
const GB_LINE = 'href="tel:116123"';
const US_LINE = 'href="tel:988"';
const DIRECTORY = 'href="https://findahelpline.com"';

let serial = 0;

/** A page request from `country`, as Cloudflare sets `request.cf.country`. */
function from(country: string | undefined, path: string, init: RequestInit = {}) {
  return request(path, country === undefined ? init : { ...init, cf: { country } });
}

function formFrom(country: string | undefined, path: string, fields: Record<string, string>) {
  return postForm(path, fields, {}, country === undefined ? {} : { cf: { country } });
}

function compose(country: string | undefined, body: string) {
  serial += 1;
  const fields = { body: `${body} Night number ${"x".repeat(serial)}.`, category: "burnout", role: "" };
  return formFrom(country, "/new", { ...fields, idempotencyKey: crypto.randomUUID() });
}

/** The part of a page before its footer: what the page itself says. */
const mainOf = (page: string) => page.slice(0, page.indexOf('<footer class="site-footer"'));
const footerOf = (page: string) => page.slice(page.indexOf('<footer class="site-footer"'));

describe("crisis lines on the author's pages", () => {
  it("shows the reader's country's line first on the held page, with no advice on the filter", async () => {
    const res = await compose("GB", CRISIS);
    expect(res.status).toBe(202);
    const page = mainOf(await res.text());
    expect(page.indexOf(GB_LINE)).toBeGreaterThan(0);
    expect(page.indexOf(GB_LINE)).toBeLessThan(page.indexOf("Your post is held for a moderator"));
    expect(page).toContain(DIRECTORY);
    expect(page).not.toContain(US_LINE);
    expect(page).not.toMatch(/write it again|change the marked parts|change them yourself/i);
  });

  it("shows 988 with a text link when the country is unknown", async () => {
    const page = mainOf(await (await compose(undefined, CRISIS)).text());
    expect(page).toContain(US_LINE);
    expect(page).toContain('href="sms:988"');
    expect(page).toContain('href="https://988lifeline.org/chat"');
  });

  it("shows the lines on the composer when a crisis post is refused, and no advice on the filter", async () => {
    const res = await compose("GB", `${CRISIS} Call me at 555-201-7730 tonight.`);
    expect(res.status).toBe(200);
    const page = mainOf(await res.text());
    expect(page.indexOf(GB_LINE)).toBeGreaterThan(0);
    expect(page.indexOf(GB_LINE)).toBeLessThan(page.indexOf("<h1>Write a reflection</h1>"));
    expect(page).not.toMatch(/change the marked parts|ready to edit/i);
  });

  it("shows the lines of the current request's country on the status page while held", async () => {
    const held = await (await compose("GB", CRISIS)).text();
    const token = held.match(/id="delete-token"[^>]*>([A-Za-z0-9_-]+)<\/textarea>/)?.[1] ?? "";
    const status = mainOf(await (await formFrom("AU", "/status", { token })).text());
    expect(status.indexOf('href="tel:131114"')).toBeGreaterThan(0);
    expect(status.indexOf('href="tel:131114"')).toBeLessThan(status.indexOf("<h1>Your post"));
    expect(status).toContain('href="sms:0477131114"');
    expect(status).not.toContain(GB_LINE);
  });
});

describe("GET /guidelines", () => {
  it("shows the reader's country's line in neutral words, kept by the reader's browser only", async () => {
    const res = await from("GB", "/guidelines");
    expect(res.headers.get("Cache-Control")).toBe("private, max-age=300");
    const page = mainOf(await res.text());
    expect(page).toContain("If you are in crisis right now");
    expect(page).not.toContain("sounds heavy");
    expect(page).toContain(GB_LINE);
    expect(page).toContain(DIRECTORY);
  });
});

describe("the footer", () => {
  it("gives the reader's country's line and the directory, or 988 when the country is unknown", async () => {
    const gb = footerOf(await (await from("GB", "/guidelines")).text());
    expect(gb).toContain(GB_LINE);
    expect(gb).toContain(DIRECTORY);
    expect(gb).not.toContain(US_LINE);
    const unknown = footerOf(await (await from(undefined, "/search")).text());
    expect(unknown).toContain(US_LINE);
    expect(unknown).toContain('href="sms:988"');
    expect(unknown).toContain(DIRECTORY);
  });

  it("never carries one reader's country to the next through the read cache", async () => {
    const gb = await from("GB", "/");
    expect(footerOf(await gb.text())).toContain(GB_LINE);
    const next = await from("NZ", "/");
    expect(next.headers.get("X-Read-Cache")).toBe("hit");
    const page = footerOf(await next.text());
    expect(page).toContain('href="tel:1737"');
    expect(page).not.toContain(GB_LINE);
    const unknown = footerOf(await (await from(undefined, "/")).text());
    expect(unknown).toContain(US_LINE);
  });
});

describe("crisis line links", () => {
  it.each([
    ["988", "tel:988"],
    ["116 123", "tel:116123"],
    ["0800/1110111", "tel:08001110111"],
    ["800-911-2000", "tel:8009112000"],
    ["*4141", "tel:*4141"],
    ["+44 116 123", "tel:+44116123"],
  ])("dials %j as %j", (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it("texts digits only", () => {
    expect(smsHref("0477 13 11 14")).toBe("sms:0477131114");
  });
});
