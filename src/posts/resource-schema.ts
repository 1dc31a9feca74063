import { z } from "@hono/zod-openapi";
import type { Resource } from "../crisis-lines";

/** A crisis line as the API gives it: the shape of src/crisis-lines.ts, documented. */
export const ResourceSchema = z
  .object({
    name: z.string().openapi({ example: "Samaritans" }),
    country: z.string().openapi({
      description: 'The ISO 3166-1 alpha-2 country the line serves, or "international" for the directory.',
      example: "GB",
    }),
    phone: z
      .string()
      .optional()
      .openapi({ description: "A number to call, as it is written locally.", example: "116 123" }),
    text: z.string().optional().openapi({ description: "A number to text, when the line takes texts." }),
    chat: z.string().optional().openapi({ description: "A web address to chat with the line." }),
    hours: z.string().optional().openapi({ description: "When the line answers.", example: "24/7" }),
    url: z.string().openapi({ description: "The line's website.", example: "https://www.samaritans.org" }),
  })
  .openapi("CrisisResource", {
    description:
      "Where a person in crisis can turn right now. Lines are chosen by the request's country (request.cf.country, used in flight and never stored); the US 988 line when the country is unknown or has no line here.",
  }) satisfies z.ZodType<Resource>;

export const ResourcesSchema = z.array(ResourceSchema).optional().openapi({
  description:
    "Crisis resources, present when the post was held for crisis: the national line(s) of the request's country (988 when unknown), then always the international directory findahelpline.com.",
});
