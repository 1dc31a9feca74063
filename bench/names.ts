/** Scenario names the run and the report share. */

/** Each uncached page and its JSON, measured in turns with each other: the page may cost at most 1.25× its JSON. */
export const HTML_VS_JSON = [
  {
    page: "feed, first page",
    html: "feed HTML, first page, uncached, beside its JSON",
    json: "feed JSON, first page, uncached, beside its page",
  },
  { page: "a post", html: "post page, uncached, beside its JSON", json: "post JSON, uncached, beside its page" },
  {
    page: "search, a rare word",
    html: "search page, rare word, beside its JSON",
    json: "search JSON, rare word, beside its page",
  },
] as const;

/** The pages measured beside their JSON. */
export type PageBesideItsJson = (typeof HTML_VS_JSON)[number]["page"];
