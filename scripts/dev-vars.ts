/**
 * Local development needs the secrets of .dev.vars; on a fresh clone that
 * file does not exist yet, so it is made from .dev.vars.example. An existing
 * one is never overwritten, but a secret added to the example since it was
 * made (SECOND_FACTOR_KEY, say) is appended with its development value.
 */
import { appendFile, constants, copyFile, readFile } from "node:fs/promises";

const NAME = /^([A-Z][A-Z0-9_]*)=/gm;

try {
  await copyFile(".dev.vars.example", ".dev.vars", constants.COPYFILE_EXCL);
  console.log("Made .dev.vars from .dev.vars.example (development values only).");
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  const [example, current] = [await readFile(".dev.vars.example", "utf8"), await readFile(".dev.vars", "utf8")];
  const have = new Set(Array.from(current.matchAll(NAME), (match) => match[1]));
  const missing = example.split("\n").filter((line) => {
    const name = /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1];
    return name !== undefined && !have.has(name);
  });
  if (missing.length > 0) {
    await appendFile(".dev.vars", `\n${missing.join("\n")}\n`);
    console.log(
      `Added to .dev.vars (development values only): ${missing.map((line) => line.split("=")[0]).join(", ")}`,
    );
  }
}
