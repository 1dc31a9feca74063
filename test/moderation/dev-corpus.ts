/**
 * The moderation development corpus (test/fixtures/moderation-dev), written by
 * people who did not write the rules, and how the pipeline scores on it: the
 * figures `npm run eval:moderation` prints and the corpus test holds.
 */
import type { ModerationDecision } from "../../src/moderation/pipeline";

export type DevLabel = "identifying" | "benign" | "crisis" | "clinical";
export type DevCase = { body: string; category: string; label: DevLabel; kind: string; note: string };

export const devLabels: readonly DevLabel[] = ["identifying", "benign", "crisis", "clinical"];

/** The corpus from its files' text (one JSON object a line), read by the caller: `?raw` in workerd, `fs` in Node. */
export function parseDevCorpus(files: Record<DevLabel, string>): Record<DevLabel, DevCase[]> {
  const parse = (jsonl: string) =>
    jsonl
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as DevCase);
  return {
    identifying: parse(files.identifying),
    benign: parse(files.benign),
    crisis: parse(files.crisis),
    clinical: parse(files.clinical),
  };
}

/** The right outcome for each label: identifying is kept from readers, crisis is held with help, the rest published. */
export function isRight(label: DevLabel, decision: ModerationDecision): boolean {
  switch (label) {
    case "identifying":
      return decision.decision !== "publish";
    case "crisis":
      return decision.decision !== "publish" && (decision.resources?.length ?? 0) > 0;
    default:
      return decision.decision === "publish";
  }
}

export type Score = { right: number; total: number };
export type DevScore = {
  byLabel: Record<DevLabel, Score>;
  byKind: Array<{ label: DevLabel; kind: string } & Score>;
  misses: Array<{ item: DevCase; decision: ModerationDecision }>;
};

export function scoreDevCorpus(
  devCorpus: Record<DevLabel, DevCase[]>,
  moderate: (text: string) => ModerationDecision,
): DevScore {
  const byLabel = {} as Record<DevLabel, Score>;
  const byKind = new Map<string, { label: DevLabel; kind: string } & Score>();
  const misses: DevScore["misses"] = [];
  for (const [label, items] of Object.entries(devCorpus) as Array<[DevLabel, DevCase[]]>) {
    byLabel[label] = { right: 0, total: 0 };
    for (const item of items) {
      const decision = moderate(item.body);
      const right = isRight(label, decision);
      const kind = byKind.get(`${label}/${item.kind}`) ?? { label, kind: item.kind, right: 0, total: 0 };
      byKind.set(`${label}/${item.kind}`, kind);
      for (const score of [byLabel[label], kind]) {
        score.total++;
        if (right) score.right++;
      }
      if (!right) misses.push({ item, decision });
    }
  }
  return { byLabel, byKind: [...byKind.values()], misses };
}

export const share = ({ right, total }: Score) => (total === 0 ? 1 : right / total);
