import { describe, expect, it } from "vitest";
import crisisModel from "../../../../src/moderation/lexicons/crisis-model.json";
import { normalize } from "../../../../src/moderation/normalize";
import { moderate } from "../../../../src/moderation/pipeline";
import { crisis } from "../../../../src/moderation/rules/crisis";
import { crisisFeatures, eachFeatureCounts } from "../../../../src/moderation/rules/crisis/features";
import { ALONE, BESIDE_A_SIGN, crisisReading } from "../../../../src/moderation/rules/crisis/model";
import { withoutQuotations } from "../../../../src/moderation/rules/crisis/voice";
import { fold } from "../../../../src/moderation/text";
import benign from "../../../fixtures/moderation-dev/benign.jsonl?raw";
import clinical from "../../../fixtures/moderation-dev/clinical.jsonl?raw";
import crisisPosts from "../../../fixtures/moderation-dev/crisis.jsonl?raw";
import { ruleInputOf } from "../found";

const reading = (text: string) => crisisReading(withoutQuotations(fold(normalize(text))));
const reads = (text: string) => reading(text) > BESIDE_A_SIGN;

describe("the crisis reading", () => {
  it.each([
    "I don't see the point of any of it anymore. I've stopped answering my sister. Everything feels finished and I'm so tired of pretending to my clients that I'm fine. I think about not being here every night.",
    "I keep thinking my family would be lighter without me. I've been quietly getting my things in order and nobody has noticed. I don't want to be rescued this time.",
  ])("reads %j as a crisis", (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    "A client told me she thinks about not being here most nights. We did a full risk assessment, updated her safety plan, and set a check-in for Thursday.",
    "Exhausted after eight sessions, but I'm okay. Going to eat dinner, watch something dumb, and sleep. Tomorrow is lighter.",
    "Our team reviewed means restriction with every family this quarter: lock boxes for medications, firearms stored off site.",
  ])("does not read %j as one", (text) => {
    expect(reads(text)).toBe(false);
  });
});

describe("the reading's sum", () => {
  // The weights as the training script writes them, read plainly: what the reading must add up.
  const trained = new Map(
    crisisModel.weights.split("|").map((entry) => {
      const at = entry.lastIndexOf("=");
      return [entry.slice(0, at), Number(entry.slice(at + 1))] as const;
    }),
  );
  const posts = [benign, clinical, crisisPosts].flatMap((file) =>
    file
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { body: string }).body),
  );

  it("is the prior plus each trained feature of the post, counted once and as much as the post's length says", () => {
    expect(posts.length).toBeGreaterThan(300);
    for (const post of [...posts, 'I want to die "I want to die" die die', ""]) {
      const { features, each } = crisisFeatures(post);
      let sum = 0;
      for (const feature of features) sum += trained.get(feature) ?? 0;
      expect(reading(post)).toBeCloseTo(crisisModel.prior + each * sum, 9);
    }
  });

  it("counts each feature of a post of 30 words or fewer twice, of 60 once, of 240 a quarter", () => {
    expect([1, 30, 45, 60, 240].map(eachFeatureCounts)).toEqual([2, 2, 60 / 45, 1, 0.25]);
  });
});

describe("the crisis reading alone", () => {
  const author = "I've been drinking to the point where I don't care if I wake up. Tonight I don't care at all.";
  const client =
    "A client told me she's been drinking to the point where she doesn't care if she wakes up. We built a safety plan together and she agreed to a detox referral.";

  it("holds a post no rule has words for, when it reads far beyond any clinical post", () => {
    expect(reading(author)).toBeGreaterThan(ALONE);
    // No rule has words for it: the reading's own sign, over the whole post, is the only one.
    expect(crisis(ruleInputOf(author))).toEqual([{ rule: "crisis-intent", start: 0, end: author.length }]);
    const decision = moderate(author);
    expect(decision.decision).toBe("hold");
    expect(decision.reasons.map((reason) => reason.kind)).toContain("crisis");
  });

  // Unsure is held: 1.0, not 1.25, since two sets in the development corpus's style, scored before the reading learned
  // them (fresh58, fresh59), held 6 more of their 200 crisis posts so for 1 more of their 200 benign posts
  // (scripts/train-crisis-model.ts).
  it("holds a post the reading puts between 1.0 and 1.25, where it is unsure", () => {
    const unsure = "Had my last day of work today. Nobody knows it was my last day.";
    expect(ALONE).toBe(1);
    expect(reading(unsure)).toBeGreaterThan(1);
    expect(reading(unsure)).toBeLessThan(1.25);
    expect(moderate(unsure).reasons.map((reason) => reason.kind)).toContain("crisis");
  });

  it("leaves the same words about a client alone", () => {
    expect(reading(client)).toBeLessThan(BESIDE_A_SIGN);
    expect(moderate(client).decision).toBe("publish");
  });
});
