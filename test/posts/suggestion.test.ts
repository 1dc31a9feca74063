import { describe, expect, it } from "vitest";
import { postJson, reflection, request } from "../support/app";

type Moderation = { decision: string; reasons: { kind: string }[]; resources?: unknown[]; suggestion?: string };
type Answer = { post: { status: string }; moderation: Moderation };
type Refusal = { error: { code: string; reasons: { rule: string }[]; suggestion?: string } };

const CRISIS = "I want to end my life and I don't know who else to tell.";

describe("POST /api/posts offers a de-identified version", () => {
  it("beside the reasons of a refusal (422)", async () => {
    const res = await postJson("/api/posts", {
      body: "A client left a voicemail at 555-201-7788 and I listened to it four times before calling back.",
      category: "boundaries",
    });
    expect(res.status).toBe(422);
    const { error } = await res.json<Refusal>();
    expect(error.code).toBe("refused");
    expect(error.reasons.map((reason) => reason.rule)).toEqual(["phone"]);
    expect(error.suggestion).toBe(
      "A client left a voicemail at their number and I listened to it four times before calling back.",
    );
  });

  it("in the moderation of a held post (202)", async () => {
    const res = await postJson("/api/posts", {
      body: "Brandon Keller no-showed again and I am so tired of this week",
      category: "frustration",
    });
    expect(res.status).toBe(202);
    const { post, moderation } = await res.json<Answer>();
    expect(post.status).toBe("pending");
    expect(moderation.suggestion).toBe("A client no-showed again and I am so tired of this week");
  });

  it("not for a published post", async () => {
    const res = await postJson("/api/posts", { body: reflection("no suggestion"), category: "burnout" });
    expect(res.status).toBe(201);
    expect((await res.json<Answer>()).moderation).not.toHaveProperty("suggestion");
  });

  it("never to a person in crisis, held or refused, even when a name or number was found", async () => {
    const held = await postJson("/api/posts", {
      body: `${CRISIS} Brandon Keller no-showed again.`,
      category: "burnout",
    });
    expect(held.status).toBe(202);
    const { moderation } = await held.json<Answer>();
    expect(moderation.resources).toBeDefined();
    expect(moderation.reasons.map((reason) => reason.kind)).toContain("identifying");
    expect(moderation).not.toHaveProperty("suggestion");

    const refused = await postJson("/api/posts", {
      body: `${CRISIS} Call me at 555-201-7788 tonight please.`,
      category: "burnout",
    });
    expect(refused.status).toBe(422);
    expect((await refused.json<Refusal>()).error).not.toHaveProperty("suggestion");
  });

  it("is documented in the OpenAPI document, for 202 and for 422 in the one error shape", async () => {
    type Schema = { properties?: Record<string, Schema & { $ref?: string }>; required?: string[]; $ref?: string };
    const doc = await (await request("/api/openapi.json")).json<{
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content: Record<string, { schema: Schema }> }> }>
      >;
      components: { schemas: Record<string, Schema> };
    }>();
    const { Moderation, Refusal } = doc.components.schemas;
    expect(Moderation?.properties).toHaveProperty("suggestion");
    expect(Moderation?.required).not.toContain("suggestion");
    const refusal = doc.paths["/api/posts"]?.post?.responses["422"]?.content["application/json"]?.schema;
    expect(refusal?.$ref).toBe("#/components/schemas/Refusal");
    const error = Refusal?.properties?.error;
    expect(Object.keys(error?.properties ?? {})).toEqual(
      expect.arrayContaining(["code", "message", "reasons", "suggestion"]),
    );
  });
});
