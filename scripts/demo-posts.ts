import type { Role } from "../src/db/schema";

/**
 * Demo reflections for local development, written for this project. They
 * follow the guidelines: no names, places, dates or anything else that could
 * point at a client.
 */
export type DemoPost = { category: string; role: Role | null; hoursAgo: number; resonates: number; body: string };

export const demoPosts: DemoPost[] = [
  {
    category: "frustration",
    role: "counselor",
    hoursAgo: 2,
    resonates: 14,
    body: "Spent forty minutes on hold with an insurer to be told the person who could answer my question works Tuesdays. It was Tuesday. I have never wanted to throw a phone so badly, and I teach distress tolerance for a living.",
  },
  {
    category: "frustration",
    role: "social-worker",
    hoursAgo: 30,
    resonates: 9,
    body: "The waitlist is eleven weeks long and every week someone asks me why we can't just squeeze one more in. I can. I have been. That's the problem.",
  },
  {
    category: "burnout",
    role: "psychologist",
    hoursAgo: 5,
    resonates: 31,
    body: "I caught myself nodding along today without having heard the last three sentences. Nothing was wrong with the session. Something is wrong with me, and it has been for a while. Booking the week off I keep postponing.",
  },
  {
    category: "burnout",
    role: "family-therapist",
    hoursAgo: 52,
    resonates: 22,
    body: "Eight families this week. I spend all day helping people be present with each other, and by Friday my own kids get the tired version of me. Protecting one evening a week for them, starting now.",
  },
  {
    category: "self-doubt",
    role: "trainee",
    hoursAgo: 8,
    resonates: 27,
    body: "My supervisor said the intervention was fine, but I keep replaying it. Did I move too fast? Did I miss the thing underneath? Everyone says this feeling fades with experience. I'd love to hear from someone for whom it actually did.",
  },
  {
    category: "self-doubt",
    role: "psychiatrist",
    hoursAgo: 75,
    resonates: 12,
    body: "Twenty years in and a medication change I was confident about went sideways this month. Nobody was harmed, we caught it, we adjusted. Still, the certainty I used to feel has gone quiet, and I'm not sure that's a bad thing.",
  },
  {
    category: "lessons",
    role: "counselor",
    hoursAgo: 12,
    resonates: 40,
    body: "A client told me today that the most helpful thing I ever did was not flinch when they told me the worst thing they had done. I don't remember it as a technique. I remember it as holding still. Maybe that's the whole job some days.",
  },
  {
    category: "lessons",
    role: "other",
    hoursAgo: 98,
    resonates: 18,
    body: "I used to think silence in session was something to fix. Someone I have worked with for two years taught me otherwise: the long pauses were where they did their real thinking. I talk less now. It works better.",
  },
  {
    category: "own-therapy",
    role: "psychologist",
    hoursAgo: 20,
    resonates: 25,
    body: "My therapist used a reflection on me today that I use on clients all the time, and I felt both seen and mildly annoyed that it worked. Humbling to be on the other side of the room.",
  },
  {
    category: "own-therapy",
    role: "social-worker",
    hoursAgo: 130,
    resonates: 16,
    body: "Started my own therapy again after years of telling myself supervision was enough. It was not enough. Reminder to everyone here: we are allowed to need what we offer.",
  },
  {
    category: "boundaries",
    role: "counselor",
    hoursAgo: 26,
    resonates: 19,
    body: "Said no to an extra evening slot for the first time in a year. Felt guilty for an hour, then slept nine hours. The guilt was louder, but the sleep was better.",
  },
  {
    category: "boundaries",
    role: "family-therapist",
    hoursAgo: 160,
    resonates: 11,
    body: "How do you all handle gifts? Small ones I accept with thanks. This week's was not small, and declining it kindly took most of the session. I think it was the right call, but I'm still turning it over.",
  },
  {
    category: "paperwork",
    role: "psychologist",
    hoursAgo: 3,
    resonates: 33,
    body: "Finished my notes before leaving the office for the first time this month. Celebrated with a sandwich in the car. This is what joy looks like in private practice.",
  },
  {
    category: "paperwork",
    role: "trainee",
    hoursAgo: 45,
    resonates: 15,
    body: "Nobody told me in school that a third of this job would be writing down the other two thirds. Treatment plans, progress notes, authorizations, reauthorizations. I like the writing. I do not like writing it four times.",
  },
  {
    category: "gratitude",
    role: "social-worker",
    hoursAgo: 6,
    resonates: 38,
    body: "Someone I saw years ago sent a card to the clinic saying they are doing well. No details, just that. I have read it about fifteen times today. This is why I stay.",
  },
  {
    category: "gratitude",
    role: null,
    hoursAgo: 200,
    resonates: 29,
    body: "Hard week, hard month. But today a person who came in barely able to speak laughed at their own joke, fully and without apologizing. I got to be in the room for that. Grateful.",
  },
  {
    category: "burnout",
    role: "counselor",
    hoursAgo: 240,
    resonates: 8,
    body: "Compassion fatigue doesn't arrive like a wave. It's more like a slow leak: one day you notice you've stopped being curious. Getting the curiosity back is my project for the season.",
  },
];
