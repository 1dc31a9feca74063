import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { postJson, reflection, request } from "../support/app";
import { createModerator } from "../support/mod";

const ADDRESS = "198.51.100.77";
const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) ClosedDoorAnonymityProbe/1.0";

async function everyValueInTheDatabase(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  const dumps: string[] = [];
  for (const { name } of tables) {
    const { results } = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
    dumps.push(JSON.stringify(results));
  }
  return dumps.join("\n");
}

describe("the anonymity promise", () => {
  it("keeps no trace of the client's address or User-Agent in any column of any table after posting, flagging, resonating and signing in", async () => {
    const headers = { "CF-Connecting-IP": ADDRESS, "User-Agent": USER_AGENT, "X-Forwarded-For": ADDRESS };
    const published = await postJson("/api/posts", { body: reflection("anonymity"), category: "burnout" }, headers);
    expect(published.status).toBe(201);
    const held = await postJson(
      "/api/posts",
      { body: "Mr. Whitcombe cancelled again and I felt relieved, then guilty.", category: "boundaries" },
      { ...headers, "CF-Connecting-IP": "198.51.100.78", "Idempotency-Key": "probe-key-1" },
    );
    expect(held.status).toBe(202);
    await request("/api/posts", { headers });
    const { post } = await published.json<{ post: { id: string } }>();
    const resonated = await request(`/api/posts/${post.id}/resonates`, { method: "POST", headers });
    expect(resonated.status).toBe(200);
    const flagged = await postJson(`/api/posts/${post.id}/flags`, { reason: "other", note: "just checking" }, headers);
    expect(flagged.status).toBe(202);
    const moderator = await createModerator();
    const signedIn = await request("/api/mod/session", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ username: moderator.username, password: moderator.password }),
    });
    expect(signedIn.status).toBe(200);

    const everything = await everyValueInTheDatabase();
    expect(everything.length).toBeGreaterThan(100); // the dump really holds the rows
    expect(everything).toContain("just checking"); // ...including the flag and the resonance
    for (const trace of [
      ADDRESS,
      "198.51.100.78",
      "198.51.100",
      USER_AGENT,
      "ClosedDoorAnonymityProbe",
      "probe-key-1",
    ]) {
      expect(everything).not.toContain(trace);
    }
  });
});
