import { describe, expect, it } from "vitest";
import { countriesWithLines, crisisResourcesFor } from "../src/crisis-lines";

const DIRECTORY = "https://findahelpline.com";

describe("crisisResourcesFor", () => {
  it.each([
    ["GB", "GB", "Samaritans", "116 123"],
    ["gb", "GB", "Samaritans", "116 123"],
    ["US", "US", "988 Suicide & Crisis Lifeline", "988"],
    [undefined, "US", "988 Suicide & Crisis Lifeline", "988"],
    ["", "US", "988 Suicide & Crisis Lifeline", "988"],
    // Cloudflare's "unknown" and Tor: no line of their own.
    ["XX", "US", "988 Suicide & Crisis Lifeline", "988"],
    ["T1", "US", "988 Suicide & Crisis Lifeline", "988"],
    // A country with no sourced line here.
    ["TR", "US", "988 Suicide & Crisis Lifeline", "988"],
    ["GBR", "US", "988 Suicide & Crisis Lifeline", "988"],
  ])("gives %j its national line first (%s)", (country, shown, name, phone) => {
    const [first] = crisisResourcesFor(country);
    expect(first).toMatchObject({ country: shown, name, phone });
  });

  it.each([["GB"], ["US"], [undefined], ["XX"], ["TR"], ["BE"]])(
    "always ends with the international directory, once (%j)",
    (country) => {
      const resources = crisisResourcesFor(country);
      expect(resources.at(-1)).toMatchObject({ country: "international", url: DIRECTORY });
      expect(resources.filter((resource) => resource.url === DIRECTORY)).toHaveLength(1);
    },
  );

  it("gives every line of a country with more than one", () => {
    expect(crisisResourcesFor("BE").map((resource) => resource.country)).toEqual(["BE", "BE", "international"]);
  });

  it("keeps the sources out of what is shown", () => {
    for (const country of countriesWithLines) {
      for (const resource of crisisResourcesFor(country)) {
        expect(Object.keys(resource)).not.toContain("source");
        expect(Object.keys(resource)).not.toContain("quote");
        expect(resource.url).toMatch(/^https:\/\//);
      }
    }
  });
});
