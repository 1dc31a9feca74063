import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/errors";
import { decodeCursor, encodeCursor, type FeedPosition } from "../../src/feed/cursor";

const toBase64Url = (text: string) => btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

describe("feed cursors", () => {
  it.each<FeedPosition>([
    { sort: "new", hour: 498_611, id: "k3v9x2m7qp4d" },
    { sort: "top", resonates: 42, hour: 498_611, id: "k3v9x2m7qp4d" },
    { sort: "top", resonates: 0, hour: 0, id: "a" },
  ])("round-trips %j", (position) => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, position.sort)).toEqual(position);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "!!!"],
    ["not JSON", toBase64Url("nope")],
    ["JSON but not an array", toBase64Url('{"id":"x"}')],
    ["another version", toBase64Url('[2,"n",1,"x"]')],
    ["a top cursor used for new", encodeCursor({ sort: "top", resonates: 1, hour: 1, id: "x" })],
    ["a negative time", toBase64Url('[1,"n",-5,"x"]')],
    ["a fractional time", toBase64Url('[1,"n",1.5,"x"]')],
    ["a numeric id", toBase64Url('[1,"n",1,7]')],
    ["an empty id", toBase64Url('[1,"n",1,""]')],
    ["extra keys", toBase64Url('[1,"n",1,"x","y"]')],
    ["SQL in the id", toBase64Url(`[1,"n",1,"x' OR 1=1 --", 3]`)],
    ["invalid UTF-8", btoa("\xff\xfe[1]")],
  ])("refuses %s as a 400 on the cursor", (_, cursor) => {
    const attempt = () => decodeCursor(cursor, "new");
    expect(attempt).toThrow(ApiError);
    try {
      attempt();
    } catch (error) {
      expect((error as ApiError).status).toBe(400);
      expect((error as ApiError).body.error).toMatchObject({ code: "invalid_request", issues: [{ path: "cursor" }] });
    }
  });
});
