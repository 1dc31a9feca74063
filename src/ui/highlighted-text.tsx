import type { ModerationReason } from "../moderation/pipeline";

type Reason = Pick<ModerationReason, "kind" | "message" | "start" | "end">;
type Segment = { text: string; marks: number[] };

/**
 * A post's text with each span a reason points at marked and numbered, and
 * the reasons beside it in plain language, so the author (or a moderator)
 * sees exactly what to change and why.
 */
export function HighlightedText({ text, reasons, id }: { text: string; reasons: readonly Reason[]; id: string }) {
  return (
    <div class="highlighted">
      <div class="post-body" id={`${id}-text`}>
        {segmentsOf(text, reasons).map((segment) =>
          segment.marks.length === 0 ? (
            segment.text
          ) : (
            <mark
              class={`kind-${reasons[segment.marks[0] ?? 0]?.kind}`}
              aria-describedby={segment.marks.map((index) => `${id}-reason-${index + 1}`).join(" ")}
            >
              {segment.text}
              <sup class="reason-ref">{segment.marks.map((index) => index + 1).join(",")}</sup>
            </mark>
          ),
        )}
      </div>
      <ol class="reasons" aria-label="What to change">
        {reasons.map((reason, index) => (
          <li id={`${id}-reason-${index + 1}`} class={`kind-${reason.kind}`}>
            {reason.end > reason.start && <q>{text.slice(reason.start, reason.end)}</q>} {reason.message}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Cuts the text at every reason's edges; each piece knows which reasons cover it. */
export function segmentsOf(text: string, reasons: readonly Reason[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const reason of reasons) {
    if (reason.end <= reason.start) continue;
    cuts.add(clamp(reason.start, text.length));
    cuts.add(clamp(reason.end, text.length));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i] ?? 0, edges[i + 1] ?? 0];
    const marks = reasons.flatMap((reason, index) => (reason.start <= from && to <= reason.end ? [index] : []));
    segments.push({ text: text.slice(from, to), marks });
  }
  return segments;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}
