/**
 * Run by `npm run deploy` before anything reaches Cloudflare: refuses to deploy with the local defaults of
 * wrangler.toml that would break a live board. PUBLIC_ORIGIN must be the board's own https address (the Atom feeds'
 * links start with it), and each KV binding (CLIENT_DAYS, SIGN_IN_FAILURES) must name a real namespace, not its local
 * placeholder.
 */
import { readFileSync } from "node:fs";

const LOCAL_KV_IDS: Record<string, string> = {
  CLIENT_DAYS: "c0ffee00c0ffee00c0ffee00c0ffee00",
  SIGN_IN_FAILURES: "5160f411005160f411005160f4110051",
};

const toml = readFileSync("wrangler.toml", "utf8");
const origin = /^PUBLIC_ORIGIN\s*=\s*"([^"]*)"/m.exec(toml)?.[1] ?? "";
const kvIdOf = (binding: string) =>
  new RegExp(`binding\\s*=\\s*"${binding}"\\s*\\n\\s*id\\s*=\\s*"([^"]*)"`, "m").exec(toml)?.[1] ?? "";
const kvIds = Object.fromEntries(Object.keys(LOCAL_KV_IDS).map((binding) => [binding, kvIdOf(binding)]));

const problems: string[] = [];
let url: URL | undefined;
try {
  url = new URL(origin);
} catch {
  // reported below
}
if (url?.protocol !== "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
  problems.push(`PUBLIC_ORIGIN is "${origin}": set it in wrangler.toml to the board's own https address.`);
}
for (const [binding, id] of Object.entries(kvIds)) {
  if (id === "" || id === LOCAL_KV_IDS[binding]) {
    problems.push(
      `${binding} has the local placeholder id: run \`npx wrangler kv namespace create ${binding}\` and put its id in wrangler.toml.`,
    );
  }
}
if (problems.length > 0) {
  console.error(`Not deploying:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
const namespaces = Object.entries(kvIds).map(([binding, id]) => `${binding} ${id}`);
console.log(`Deploying with PUBLIC_ORIGIN ${url?.origin}, ${namespaces.join(" and ")}.`);
