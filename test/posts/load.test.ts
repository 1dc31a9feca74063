import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { postJson, prose } from "../support/app";

type Answer = { status: number; id?: string; body: string };

describe("200 submissions at once, from 200 clients", () => {
  it("answers every one, and stores exactly the accepted ones, once each", async () => {
    const bodies = Array.from({ length: 200 }, (_, i) =>
      i % 10 === 9 ? `Reach me at ${5550100000 + i} about the ${prose(60)}` : prose(120 + (i % 50)),
    );
    const answers: Answer[] = await Promise.all(
      bodies.map(async (body) => {
        const res = await postJson("/api/posts", { body, category: "burnout" });
        const json = await res.json<{ post?: { id: string } }>();
        return { status: res.status, id: json.post?.id, body };
      }),
    );

    expect(answers).toHaveLength(200);
    for (const answer of answers) expect([201, 202, 422]).toContain(answer.status);
    const accepted = answers.filter((answer) => answer.status === 201 || answer.status === 202);
    // The ones with a phone number are refused; every other one is taken.
    expect(answers.filter((answer) => answer.status === 422)).toHaveLength(20);
    expect(accepted).toHaveLength(180);

    const { results } = await env.DB.prepare("SELECT id, body FROM posts").all<{ id: string; body: string }>();
    const stored = new Map(results.map((row) => [row.id, row.body]));
    for (const answer of accepted) expect(stored.get(answer.id ?? "")).toBe(answer.body);
    const refused = new Set(answers.filter((answer) => answer.status === 422).map((answer) => answer.body));
    expect(results.filter((row) => refused.has(row.body))).toEqual([]);
    // Once each: no body is stored twice.
    expect(new Set(results.map((row) => row.body)).size).toBe(results.length);
  });
});
