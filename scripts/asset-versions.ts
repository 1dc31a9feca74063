/**
 * Writes src/ui/asset-versions.ts: a short content hash of each file in
 * public/ that pages link, so the links change whenever the files do and the
 * files themselves can be cached for a year. `npm run assets` after editing
 * a file in public/; a test fails while the versions are stale.
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

const LINKED = ["styles.css", "app.js"] as const;

const versions: Record<string, string> = {};
for (const name of LINKED) {
  const content = await readFile(new URL(`../public/${name}`, import.meta.url));
  versions[name] = createHash("sha256").update(content).digest("hex").slice(0, 12);
}
const entries = Object.entries(versions).map(([name, version]) => `  "${name}": "${version}",\n`);
const source = `// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {\n${entries.join("")}} as const;
`;
await writeFile(new URL("../src/ui/asset-versions.ts", import.meta.url), source);
console.log(versions);
