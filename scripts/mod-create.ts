/**
 * Creates a moderator account (by default the first admin) in the local D1,
 * or with --remote in the deployed one:
 *
 *   npm run mod:create -- --username NAME [--role admin|moderator] [--remote] [--persist-to DIR]
 *
 * The password is asked for twice when a terminal is attached (leave it
 * empty to have one generated), read from the first line of standard input
 * otherwise, and generated when that is empty. Only its PBKDF2 hash leaves
 * this process, through a temporary SQL file, never a command line.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { moderatorRoles } from "../src/db/schema";
import { generatePassword, hashPassword } from "../src/mod/passwords";
import { NewPasswordSchema, UsernameSchema } from "../src/mod/schemas";
import { newId } from "../src/secrets";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    role: { type: "string", default: "admin" },
    remote: { type: "boolean", default: false },
    "persist-to": { type: "string" },
  },
});

const username = UsernameSchema.safeParse(values.username ?? "");
if (!username.success) fail(`--username: ${username.error.issues[0]?.message ?? "required"}`);
const role = moderatorRoles.find((known) => known === values.role);
if (!role) fail(`--role must be one of: ${moderatorRoles.join(", ")}`);

const typed = await readPassword();
const password = typed || generatePassword();
const checked = NewPasswordSchema.safeParse(password);
if (!checked.success) fail(checked.error.issues[0]?.message ?? "That password will not do.");

const sql = `INSERT INTO moderators (id, username, role, password_hash, created_at) VALUES (${[
  newId(),
  username.data,
  role,
  await hashPassword(password),
]
  .map(quote)
  .join(", ")}, ${Date.now()});\n`;

const where = values.remote ? ["--remote"] : ["--local", ...persistArgs()];
if (!values.remote) wrangler(["d1", "migrations", "apply", "DB", ...where]);
const dir = mkdtempSync(join(tmpdir(), "closed-door-"));
try {
  const file = join(dir, "moderator.sql");
  writeFileSync(file, sql, { mode: 0o600 });
  wrangler(["d1", "execute", "DB", ...where, "--file", file]);
} catch {
  fail(`Could not create '${username.data}'. Is the name taken, or are the migrations not applied?`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nCreated ${role} '${username.data}'${values.remote ? " in the deployed database" : ""}.`);
if (!typed) console.log(`Password (shown once, store it now): ${password}`);
console.log("At the first sign-in (/mod) they set up an authenticator app: the second factor every moderator needs.");

function persistArgs(): string[] {
  const dir = values["persist-to"];
  return dir ? ["--persist-to", dir] : [];
}

function wrangler(args: string[]): void {
  execFileSync("npx", ["wrangler", ...args], { stdio: ["ignore", "inherit", "inherit"] });
}

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return "";
  }
  const first = await ask("Password (empty to generate one): ");
  if (first && (await ask("Again: ")) !== first) fail("The two passwords differ.");
  return first;
}

/** Asks for a line without echoing it. */
function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(question);
    const { stdin } = process;
    stdin.setRawMode(true);
    stdin.resume();
    let answer = "";
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          return resolve(answer);
        }
        if (char === "\u0003") process.exit(130);
        answer = char === "\u007f" ? answer.slice(0, -1) : answer + char;
      }
    };
    stdin.on("data", onData);
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
