/** Scenario names the run and the report share. */

/** The uncached feed page and its JSON, measured in turns with each other. */
export const HTML_VS_JSON = {
  html: "feed HTML, first page, uncached, beside its JSON",
  json: "feed JSON, first page, uncached, beside its page",
};
