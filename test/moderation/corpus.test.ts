import { describe, expect, it } from "vitest";
import { moderate } from "../../src/moderation/pipeline";
import { type Case, corpus, type Label } from "./corpus";

const HARMFUL: Label[] = ["identifying", "crisis", "abuse", "spam"];
const BENIGN: Label[] = ["clinical", "venting", "quote", "numbers"];

const results = corpus.map((item) => ({ item, decision: moderate(item.text) }));

/** Kept from readers and explained by a reason of the right kind. */
function caught({ item, decision }: (typeof results)[number]): boolean {
  const kinds = decision.reasons.map((reason) => reason.kind as string);
  return (
    decision.decision !== "publish" &&
    (kinds.includes(item.label) || (item.also !== undefined && kinds.includes(item.also)))
  );
}

function share(items: typeof results, test: (result: (typeof results)[number]) => boolean): number {
  return items.length === 0 ? 1 : items.filter(test).length / items.length;
}

const of = (label: Label) => results.filter((result) => result.item.label === label);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

// Per kind: recall (its posts caught with a reason of that kind) and precision
// (of the posts given a reason of that kind, how many were labelled with it).
const table = HARMFUL.map((kind) => {
  const flagged = results.filter(({ decision }) => decision.reasons.some((reason) => reason.kind === kind));
  const correct = flagged.filter(({ item }) => item.label === kind || item.also === kind);
  return {
    kind,
    posts: of(kind).length,
    recall: percent(share(of(kind), caught)),
    precision: percent(flagged.length === 0 ? 1 : correct.length / flagged.length),
  };
});
const benignRows = BENIGN.map((label) => ({
  kind: label,
  posts: of(label).length,
  published: percent(share(of(label), ({ decision }) => decision.decision === "publish")),
}));

describe("the moderation corpus", () => {
  it("has at least 150 labelled posts", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    console.log(
      [
        `Moderation corpus: ${corpus.length} posts`,
        formatTable(["kind", "posts", "recall", "precision"], table),
        formatTable(["kind", "posts", "published"], benignRows),
      ].join("\n\n"),
    );
  });

  it("keeps at least 95% of identifying posts from publishing", () => {
    expect(share(of("identifying"), caught)).toBeGreaterThanOrEqual(0.95);
  });

  it("holds every first-person crisis post, with resources", () => {
    for (const result of of("crisis")) {
      expect(result.decision.decision, result.item.text).toBe("hold");
      expect(result.decision.resources?.length, result.item.text).toBeGreaterThan(0);
    }
  });

  it("publishes at least 95% of benign posts", () => {
    const benign = results.filter(({ item }) => BENIGN.includes(item.label));
    expect(share(benign, ({ decision }) => decision.decision === "publish")).toBeGreaterThanOrEqual(0.95);
  });

  it("publishes at least 90% of clinical mentions", () => {
    expect(share(of("clinical"), ({ decision }) => decision.decision === "publish")).toBeGreaterThanOrEqual(0.9);
  });

  it("catches abuse and spam", () => {
    expect(share(of("abuse"), caught)).toBeGreaterThanOrEqual(0.9);
    expect(share(of("spam"), caught)).toBe(1);
  });

  it("never refuses a benign post", () => {
    const refused = results.filter(
      ({ item, decision }) => BENIGN.includes(item.label) && decision.decision === "refuse",
    );
    expect(refused.map(({ item }: { item: Case }) => item.text)).toEqual([]);
  });
});

function formatTable<Row extends Record<string, string | number>>(
  columns: (keyof Row & string)[],
  rows: Row[],
): string {
  const cells = [columns, ...rows.map((row) => columns.map((column) => String(row[column])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => String(line[i]).length)));
  return cells.map((line) => line.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}
