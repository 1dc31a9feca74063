import { describe, expect, it } from "vitest";
import { postStatuses } from "../../src/db/schema";
import { reviewActions, transition } from "../../src/review/transitions";

const expected: Record<string, string | null> = {
  "approve pending": "published",
  "approve hidden": "published",
  "approve published": null,
  "approve removed": null,
  "remove pending": "removed",
  "remove hidden": "removed",
  "remove published": "removed",
  "remove removed": null,
  "redact pending": "published",
  "redact hidden": "published",
  "redact published": "published",
  "redact removed": null,
  "restore pending": null,
  "restore hidden": null,
  "restore published": null,
  "restore removed": "published",
};

describe("review transitions", () => {
  it.each(reviewActions.flatMap((action) => postStatuses.map((status) => [action, status] as const)))(
    "%s from %s",
    (action, status) => {
      expect(transition(action, { status, openReports: 0 })?.to ?? null).toBe(expected[`${action} ${status}`]);
    },
  );

  it("approves a published post only while readers' reports on it are open, keeping it up and dismissing them", () => {
    const reported = transition("approve", { status: "published", openReports: 1 });
    expect(reported).toMatchObject({ to: "published", settlesFlags: "dismissed" });
    for (const status of postStatuses.filter((each) => each !== "published")) {
      expect(transition("approve", { status, openReports: 1 })?.to ?? null).toBe(expected[`approve ${status}`]);
    }
  });
});
