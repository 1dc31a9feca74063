import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { addressKey } from "../../src/limits/address";
import { clientKey } from "../../src/limits/client-key";
import { utcDay } from "../../src/time";
import { type ErrorBody, ORIGIN, postJson, randomAddress, reflection, request, seedPost } from "../support/app";
import { inOneLimiterWindow, withinOneLimiterWindow } from "../support/limits";

const count = () => env.DB.prepare("SELECT COUNT(*) AS n FROM posts").first<number>("n");
const post = (address: string, category = "burnout") =>
  postJson("/api/posts", { body: reflection(category), category }, { "CF-Connecting-IP": address });

describe("posting limits", () => {
  it("allows one post a minute from an address: the next is a 429 with Retry-After, and nothing is stored", async () => {
    // A fresh address each try: the two posts must fall in one window of the limiter's minute.
    const { first, before, second } = await withinOneLimiterWindow(async () => {
      const address = randomAddress();
      const first = await post(address);
      const before = await count();
      return { first, before, second: await post(address) };
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await second.json<ErrorBody>()).error.code).toBe("rate_limited");
    expect(await count()).toBe(before);
  });

  it("limits an address across categories", async () => {
    const statuses = await withinOneLimiterWindow(async () => {
      const address = randomAddress();
      return [(await post(address, "paperwork")).status, (await post(address, "gratitude")).status];
    });
    expect(statuses).toEqual([201, 429]);
  });

  it("counts every spelling of an IPv6 address, and every address of its /64, as one client", async () => {
    const network = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:7`;
    await inOneLimiterWindow();
    expect((await post(`${network}::1`)).status).toBe(201);
    expect((await post(`${network.toUpperCase()}:0:0:0:1`)).status).toBe(429);
    expect((await post(`[${network}:abcd::9]`)).status).toBe(429);
  });

  it("limits two addresses separately", async () => {
    const statuses = await withinOneLimiterWindow(async () => {
      const [first, second] = [randomAddress(), randomAddress()];
      return [(await post(first)).status, (await post(second)).status, (await post(first)).status];
    });
    expect(statuses).toEqual([201, 201, 429]);
  });

  it("does not spend the minute on a refused post, so the author can fix it", async () => {
    const address = randomAddress();
    const refused = await postJson(
      "/api/posts",
      { body: "Call my client back at 555-201-7788 about the forms.", category: "paperwork" },
      { "CF-Connecting-IP": address },
    );
    expect(refused.status).toBe(422);
    expect((await post(address)).status).toBe(201);
  });

  it("caps posts a day per address, until the next UTC day", async () => {
    const address = randomAddress();
    const key = await clientKey(addressKey(address), env.CLIENT_DAYS, Date.now());
    await env.CLIENT_DAYS.put(`count/post/${utcDay(Date.now())}/${key}`, "10");
    const res = await post(address);
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
  });

  it("counts stored posts in KV under the client key only, to expire with the day's key", async () => {
    const address = randomAddress();
    expect((await post(address)).status).toBe(201);
    const key = await clientKey(addressKey(address), env.CLIENT_DAYS, Date.now());
    const name = `count/post/${utcDay(Date.now())}/${key}`;
    expect(await env.CLIENT_DAYS.get(name)).toBe("1");
    const listed = await env.CLIENT_DAYS.list({ prefix: name });
    expect(listed.keys[0]?.expiration).toBeGreaterThan(Date.now() / 1000);
    expect(await env.DB.prepare("SELECT name FROM sqlite_master WHERE name = 'day_counters'").first()).toBeNull();
  });
});

describe("when the limiter fails", () => {
  const failing = {
    limit: async () => {
      throw new Error("rate limiter unavailable");
    },
  };
  const broken = { ...env, POST_LIMITER: failing, FLAG_LIMITER: failing, RESONATE_LIMITER: failing };
  const call = (path: string, init?: RequestInit) =>
    worker.fetch(new Request(`${ORIGIN}${path}`, init) as Request<unknown, IncomingRequestCfProperties>, broken, {
      waitUntil: () => {},
      passThroughOnException: () => {},
      props: {},
    } as unknown as ExecutionContext);

  it("posting fails closed with 503 and Retry-After, storing nothing", async () => {
    const before = await count();
    const res = await call("/api/posts", {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": randomAddress() },
      body: JSON.stringify({ body: reflection(), category: "burnout" }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toEqual(expect.any(String));
    expect((await res.json<ErrorBody>()).error.code).toBe("unavailable");
    expect(await count()).toBe(before);
  });

  it("flagging and resonating fail closed too, storing nothing", async () => {
    const post = await seedPost();
    const headers = { "Content-Type": "application/json", "CF-Connecting-IP": randomAddress() };
    const flagged = await call(`/api/posts/${post.id}/flags`, {
      method: "POST",
      headers,
      body: JSON.stringify({ reason: "spam" }),
    });
    const resonated = await call(`/api/posts/${post.id}/resonates`, { method: "POST", headers });
    expect([flagged.status, resonated.status]).toEqual([503, 503]);
    const stored = await env.DB.prepare(
      "SELECT (SELECT count(*) FROM flags) + (SELECT count(*) FROM resonances) AS n",
    ).first<number>("n");
    expect(stored).toBe(0);
  });

  it("reading is unaffected", async () => {
    expect((await call("/api/posts")).status).toBe(200);
    expect((await call("/")).status).toBe(200);
    expect((await call("/api/search?q=waitlist")).status).toBe(200);
    expect((await call("/feed.xml")).status).toBe(200);
  });

  it("posting without the day's keys (KV unbound) fails closed too", async () => {
    const res = await worker.fetch(
      new Request(`${ORIGIN}/api/posts`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ body: reflection(), category: "burnout" }),
      }) as Request<unknown, IncomingRequestCfProperties>,
      { ...env, CLIENT_DAYS: undefined as unknown as KVNamespace },
      {} as ExecutionContext,
    );
    expect(res.status).toBe(503);
    expect((await request("/api/categories")).status).toBe(200);
  });
});
