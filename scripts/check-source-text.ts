/**
 * Run by `npm run lint`: fails if a source file holds a control character. A pattern written through a string that
 * was not raw (a Python or shell string, say) turns `\b` into a backspace, which the pattern then requires, and no
 * test of a match that should fail notices; the file looks right in an editor. Test data (test/fixtures) may hold
 * control characters on purpose and is not read, nor is what git ignores (the bench's builds).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const ROOTS = ["src", "scripts", "test", "bench"];
const SOURCE = /\.(?:ts|tsx|json|js|cjs|mjs)$/;
// Tab, line feed and carriage return are text; every other C0 control and DEL is not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

// The files git keeps or would keep: committed (and not deleted since), or new and not ignored.
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "--", ...ROOTS], {
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => SOURCE.test(file) && !file.startsWith("test/fixtures/") && existsSync(file));

const found = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, at) => {
      const control = CONTROL.exec(line);
      return control ? [`${file}:${at + 1}: U+${control[0].charCodeAt(0).toString(16).padStart(4, "0")}`] : [];
    }),
);
if (found.length > 0) {
  console.error(`Control characters in source (a \\b written through a non-raw string?):\n${found.join("\n")}`);
  process.exit(1);
}
