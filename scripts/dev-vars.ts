/**
 * Local development needs the secrets of .dev.vars; on a fresh clone that
 * file does not exist yet, so it is made from .dev.vars.example (never
 * overwritten once there).
 */
import { constants, copyFile } from "node:fs/promises";

try {
  await copyFile(".dev.vars.example", ".dev.vars", constants.COPYFILE_EXCL);
  console.log("Made .dev.vars from .dev.vars.example (development values only).");
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
}
