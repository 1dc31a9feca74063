import crisisLines from "./crisis-lines.json";

/**
 * Where a therapist in crisis can turn, right now: the national line of the
 * reader's country (from `request.cf.country`, read in flight and never
 * stored or logged), the US 988 line when the country is unknown or has no
 * sourced line, and always the international directory. Every line in
 * crisis-lines.json cites the public page its number was taken from: a wrong
 * number in a crisis is harm, so a country without a citable source gets
 * the directory only.
 */
export type Resource = {
  name: string;
  /** ISO 3166-1 alpha-2, or "international" for the directory. */
  country: string;
  phone?: string;
  text?: string;
  chat?: string;
  hours?: string;
  url: string;
};

type CrisisLine = Resource & { source: string; quote: string };

const lines: readonly CrisisLine[] = crisisLines.lines;

const DIRECTORY: Resource = Object.freeze({
  name: "Find a Helpline (international directory)",
  country: "international",
  chat: "https://findahelpline.com",
  hours: "Crisis lines in more than 130 countries, by phone, text or chat",
  url: "https://findahelpline.com",
});

const UNKNOWN_COUNTRY = "US";

/** Every country with a sourced line: for the guidelines page and the tests. */
export const countriesWithLines: readonly string[] = [...new Set(lines.map((line) => line.country))];

/**
 * What each country with a line is shown, worked out once: every page's footer asks for its reader's country, a
 * cached page's included (src/ui/crisis-footer.tsx).
 */
const shownByCountry = new Map<string, readonly Resource[]>(
  countriesWithLines.map((code) => [
    code,
    [
      ...lines
        .filter((line) => line.country === code)
        .map(({ source: _source, quote: _quote, ...resource }) => Object.freeze(resource)),
      DIRECTORY,
    ],
  ]),
);

const defaultResources = shownByCountry.get(UNKNOWN_COUNTRY) ?? [DIRECTORY];

/** The crisis resources for a reader in `country` (ISO alpha-2, any case), then the international directory. */
export function crisisResourcesFor(country?: string): Resource[] {
  // Cloudflare's "XX" (unknown) and "T1" (Tor) have no line of their own, so they get the default like any other.
  return [...(shownByCountry.get(country?.toUpperCase() ?? UNKNOWN_COUNTRY) ?? defaultResources)];
}
