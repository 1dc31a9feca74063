import { describe, expect, it } from "vitest";
import { moderate } from "../../src/moderation/pipeline";
import benign from "../fixtures/moderation-dev/benign.jsonl?raw";
import clinical from "../fixtures/moderation-dev/clinical.jsonl?raw";
import crisis from "../fixtures/moderation-dev/crisis.jsonl?raw";
import identifying from "../fixtures/moderation-dev/identifying.jsonl?raw";
import { parseDevCorpus, scoreDevCorpus, share } from "./dev-corpus";

// The development corpus was written by others, for this project; the guard is judged on held-out posts of the
// same kinds, so these floors are a check that nothing regressed, not the measure of the guard.
const score = scoreDevCorpus(parseDevCorpus({ identifying, benign, crisis, clinical }), (text) => moderate(text));

describe("the moderation development corpus", () => {
  it("stops at least 97% of identifying posts", () => {
    expect(share(score.byLabel.identifying)).toBeGreaterThanOrEqual(0.97);
  });

  it("publishes at least 95% of benign posts", () => {
    expect(share(score.byLabel.benign)).toBeGreaterThanOrEqual(0.95);
  });

  it("holds every crisis post, with crisis resources", () => {
    expect(score.misses.filter(({ item }) => item.label === "crisis").map(({ item }) => item.body)).toEqual([]);
  });

  it("publishes at least 95% of clinical posts", () => {
    expect(share(score.byLabel.clinical)).toBeGreaterThanOrEqual(0.95);
  });

  it("has every file's cases", () => {
    expect([score.byLabel.identifying.total, score.byLabel.benign.total]).toEqual([173, 199]);
    expect([score.byLabel.crisis.total, score.byLabel.clinical.total]).toEqual([50, 78]);
  });
});
