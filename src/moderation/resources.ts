/** Where a therapist in crisis can turn, right now. Shown with every crisis hold. */
export type Resource = { name: string; contact: string; url: string };

export const crisisResources: Resource[] = [
  {
    name: "988 Suicide & Crisis Lifeline (US)",
    contact: "Call or text 988, or chat at 988lifeline.org. Free, confidential, any hour.",
    url: "https://988lifeline.org",
  },
  {
    name: "Find a Helpline (international directory)",
    contact: "Crisis lines in more than 130 countries, by phone, text or chat.",
    url: "https://findahelpline.com",
  },
];
