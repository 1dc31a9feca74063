import { describe, expect, it } from "vitest";
import { moderate } from "../../../src/moderation/pipeline";

const held = (text: string) => moderate(text).reasons.some((reason) => reason.kind === "crisis");

describe("crisis", () => {
  it.each([
    "I want to end my life",
    "I have the pills counted out",
    "I started cutting again",
    "I've been cutting myself again",
    "I want to die.",
    "I don't want to be alive anymore",
    "I'm suicidal",
    "I have been feeling really suicidal",
    "I keep thinking about how I would kill myself",
    "everyone would be better off without me",
    "there's no reason to go on living",
    "I wish I were dead",
    "I'm going to take my own life",
    "I bought a rope",
    "took a handful of my pills last night",
    "I wrote a goodbye letter",
    "I hurt myself again",
    "I'm thinking about ending it all",
    "I'm so suicidal lately",
    "I\u2019ve been having suicidal thoughts",
    // Kinds fresh13 found missing, in other words than its own.
    "I can't stop thinking about ending things, even mid-session",
    "My wife is gone two years and I want to go be with her. I kept all the oxycodone from hospice.",
    "My first attempt last spring didn't work. I've been quieter about it since, not better.",
    "Paid off the card, prepaid my own cremation, and mom would have one less thing to carry if I was gone.",
    "There's a full bottle of my old clonazepam on the dresser and I keep looking at it.",
    "Did a full risk assessment on myself at lunch: plan, the means, all of it. I'd have hospitalized me.",
    "Mailed cards to my sister and my old professor, said what I never said. Glad I said it before I go.",
    // Kinds fresh17 found missing, in other words than its own.
    "Left my guitar with my nephew and told him it was because I never play. That isn't why.",
    "Notes are all signed. The letters are in the filing cabinet; whoever finds me will find those too.",
    "Looked up how high the hospital parking garage is on my lunch break.",
    "i'd score myself high on the c-ssrs this week. no one asks the clinician.",
    "Some days I just think about walking out into the river and not turning back. I've written the letters.",
    "I'm a burden to everyone at the clinic and they're only polite about it. I have the pills saved.",
    // Kinds fresh18 found missing, in other words than its own.
    "Threw away my safety plan this morning. It was written for someone who still wanted to be here.",
    "Gave my cat to my brother, cancelled my clients for next month, and everything is in order now.",
    "i'm not sad, i have a plan for when. that's all.",
    "Every time I drive past the interchange I hope the car hits the barrier. I've stopped wearing my seatbelt.",
    "Relapsed on cutting after eight months. Did it in the staff bathroom.",
    // Kinds fresh22 found missing, in other words than its own.
    "Ran the C-SSRS on myself in the car. Did my own risk assessment and I check every box.",
    "The only thing keeping me alive is my cat, and she is seventeen.",
    "cutting urges are back and the rubber band isn't doing anything anymore",
    "If anything happens to me, my case notes password is in the blue folder. I stood at the edge of the platform again today.",
  ])("holds %j with resources", (text) => {
    expect(held(text)).toBe(true);
    expect(moderate(text).resources?.length).toBeGreaterThan(0);
  });

  it.each([
    "three safety plans for clients with suicidal ideation",
    "lost a client to suicide",
    "my client said she wants to kill herself",
    'my client told me "I want to die" and then laughed',
    "I did a suicide risk assessment",
    "I was thinking about suicide prevention training",
    "a teen asked whether cutting makes her bad",
    "I've been cutting back on evening sessions",
    "this job is killing me slowly, ha",
    "I could die of embarrassment",
    "we talked about passive ideation",
    "Got my license today. I could die happy.",
    "that intake packet is so bad I want to be buried with it as a warning",
    "For the new interns: a safety plan is a document, not a promise.",
    "I used to write goodbye letters in college. Twelve years well now, and I teach this stuff.",
    "My client's been saving her sertraline in a drawer; we made a plan with her sister today.",
    "Nine years since I last hurt myself, and today I ran a self-harm group.",
    "I want to say thank you to my clients before I go on maternity leave.",
    "Two CEUs left: suicide prevention and ethics. I keep putting both off and I hate webinars.",
    "I'm dying to know who designed this billing portal. I have been defeated by a dropdown.",
  ])("publishes %j", (text) => {
    expect(held(text)).toBe(false);
  });
});

describe("a post typed without apostrophes", () => {
  // The crisis rules read "wont" as "won't"; what they find is given back as the author wrote it.
  it.each([
    [
      "hope is literally an intervention we teach and im all out of it. theres no version of next year with me in it. ive checked",
      "no version of",
    ],
    ["wont need to worry about next months schedule. wont be here for it", "wont be here"],
  ])("holds %j and names the author's own words", (text, words) => {
    const found = moderate(text).reasons.filter((reason) => reason.kind === "crisis");
    expect(found.map(({ start, end }) => text.slice(start, end)).join(" | ")).toContain(words);
  });
});
