import { describe, expect, it } from "vitest";
import { jsonPost, randomAddress, request } from "../support/app";

type Resource = { name: string; country: string; phone?: string; text?: string; url: string };
type Answer = { post: { status: string }; moderation: { decision: string; resources?: Resource[] } };

const CRISIS =
  "Nobody at work knows. I have the pills counted out and I keep looking at them after my last client leaves.";

let serial = 0;

/** A crisis post from `country` (as Cloudflare sets `request.cf.country`), or from nowhere known. */
function postCrisis(country?: string, headers: Record<string, string> = {}, body = `${CRISIS} Night ${++serial}.`) {
  const init = jsonPost({ body, category: "burnout" }, headers);
  return request("/api/posts", country === undefined ? init : { ...init, cf: { country } });
}

describe("POST /api/posts: crisis resources for the reader's country", () => {
  it("gives the GB line first when the request comes from GB, then the directory", async () => {
    const res = await postCrisis("GB");
    expect(res.status).toBe(202);
    const { moderation } = await res.json<Answer>();
    expect(moderation.resources?.map((resource) => resource.country)).toEqual(["GB", "international"]);
    expect(moderation.resources?.[0]).toMatchObject({ name: "Samaritans", phone: "116 123" });
    expect(moderation.resources?.at(-1)?.url).toBe("https://findahelpline.com");
  });

  it("gives the US 988 line first when the country is unknown, or has no line here", async () => {
    for (const country of [undefined, "XX", "TR"]) {
      const { moderation } = await (await postCrisis(country)).json<Answer>();
      expect(moderation.resources?.[0]).toMatchObject({ country: "US", phone: "988", text: "988" });
      expect(moderation.resources?.at(-1)?.url).toBe("https://findahelpline.com");
    }
  });

  it("answers a retry with the lines of the retry's country: none were kept with the first answer", async () => {
    // The same client (a key is scoped to one), travelling between the two sends.
    const headers = { "Idempotency-Key": crypto.randomUUID(), "CF-Connecting-IP": randomAddress() };
    const body = `${CRISIS} A retried night.`;
    const first = await postCrisis("GB", headers, body);
    const retry = await postCrisis("AU", headers, body);
    expect([first.status, retry.status]).toEqual([202, 202]);
    const [a, b] = [await first.json<Answer>(), await retry.json<Answer>()];
    expect(a.moderation.resources?.[0]?.country).toBe("GB");
    expect(b.moderation.resources?.[0]?.country).toBe("AU");
  });

  it("answers a crisis post sent twice in a day the same way both times: held, with help, never a duplicate", async () => {
    const body = `${CRISIS} Sent twice.`;
    for (const ip of [randomAddress(), randomAddress()]) {
      const res = await postCrisis(undefined, { "CF-Connecting-IP": ip }, body);
      expect(res.status).toBe(202);
      const answer = await res.json<Answer>();
      expect(answer.post.status).toBe("pending");
      expect(answer.moderation.resources?.[0]).toMatchObject({ phone: "988" });
      expect(JSON.stringify(answer)).not.toContain("duplicate");
    }
  });

  it("gives the lines with a refusal too, when the refused post sounds like a crisis", async () => {
    const res = await postCrisis("GB", {}, `${CRISIS} Call me at 555-201-7730 tonight.`);
    expect(res.status).toBe(422);
    const { error } = await res.json<{ error: { code: string; resources?: Resource[]; suggestion?: string } }>();
    expect(error.code).toBe("refused");
    expect(error.resources?.[0]?.country).toBe("GB");
    expect(error.suggestion).toBeUndefined();
  });

  it("documents the resource's shape in the OpenAPI document", async () => {
    const document = await (await request("/api/openapi.json")).json<{
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    }>();
    const schema = document.components.schemas.CrisisResource;
    expect(Object.keys(schema?.properties ?? {})).toEqual(["name", "country", "phone", "text", "chat", "hours", "url"]);
    expect(schema?.required).toEqual(["name", "country", "url"]);
  });
});
