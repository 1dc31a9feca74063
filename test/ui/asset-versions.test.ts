import { describe, expect, it } from "vitest";
import appJs from "../../public/app.js?raw";
import styles from "../../public/styles.css?raw";
import { sha256Hex } from "../../src/secrets";
import { assetVersions } from "../../src/ui/asset-versions";

// Assets are cached for a year under their version, so a stale version
// would serve yesterday's file forever: `npm run assets` after each edit.
describe("asset versions", () => {
  it.each([
    ["styles.css", styles],
    ["app.js", appJs],
  ] as const)("matches the content of public/%s", async (name, content) => {
    expect(assetVersions[name]).toBe((await sha256Hex(content)).slice(0, 12));
  });
});
