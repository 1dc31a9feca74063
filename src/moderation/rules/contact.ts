import { mappedSpansOf, type Rule, type Span, spansOf } from "./rule";

// Top-level domains common enough to name, so "e.g." or "Node.js" are not
// read as web addresses.
const TLD =
  "(?:com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|nz|ie|de|fr|es|it|nl|se|no|dk|fi|ch|at|be|pl|pt|br|mx|in|jp|cn|kr|ru|info|biz|me|ly|app|dev|health|care|life|online|site|xyz|tv|fm|gg|page|blog|email)";

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/g;
// "john at gmail dot com", "john (at) gmail (dot) com"
const SPELLED_EMAIL = new RegExp(
  `\\b[a-z0-9._%+-]+ ?(?:\\(at\\)|\\[at\\]| at ) ?[a-z0-9-]+(?: ?(?:\\(dot\\)|\\[dot\\]| dot |\\.) ?[a-z0-9-]+)*? ?(?:\\(dot\\)|\\[dot\\]| dot ) ?${TLD}\\b`,
  "g",
);

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)]/g;
const DOMAIN = new RegExp(
  `(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+${TLD}\\b(?:/[^\\s<>"]*[^\\s<>".,;:!?)])?`,
  "g",
);
const SPELLED_DOMAIN = new RegExp(`\\b[a-z0-9-]{2,} ?(?:\\(dot\\)|\\[dot\\]| dot ) ?${TLD}\\b`, "g");

// Crisis resources may be named; they are the only addresses allowed.
const ALLOWED_DOMAINS = new Set(["988lifeline.org", "findahelpline.com"]);

const HANDLE = /(?<![\w.@/])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@])/g;
const PLATFORM =
  "(?:instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb|linkedin|reddit|youtube|discord|telegram|whatsapp|threads|bluesky)";
const PLATFORM_HANDLE = new RegExp(
  `\\b${PLATFORM}(?: ?: ?| (?:handle|account|username|user ?name|id) (?:is )?:? ?)@?[a-z0-9_.]{3,30}\\b`,
  "g",
);

const IP_ADDRESS = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;

export const email: Rule = ({ folded, despaced }) => [
  ...mappedSpansOf(EMAIL, despaced, "email"),
  ...spansOf(SPELLED_EMAIL, folded, "email"),
];

export const url: Rule = ({ folded, despaced }) => {
  const domains = mappedSpansOf(DOMAIN, despaced, "url").filter(
    (span) => !ALLOWED_DOMAINS.has(folded.slice(span.start, span.end).replace(/\s/g, "")),
  );
  return [...spansOf(URL, folded, "url"), ...domains, ...spansOf(SPELLED_DOMAIN, folded, "url")];
};

export const handle: Rule = ({ folded }) => [
  ...spansOf(HANDLE, folded, "handle"),
  ...spansOf(PLATFORM_HANDLE, folded, "handle"),
];

export const ipAddress: Rule = ({ folded }): Span[] => spansOf(IP_ADDRESS, folded, "ip-address");
