import { z } from "@hono/zod-openapi";
import { moderatorRoles } from "../db/schema";
import { utcDay } from "../time";
import type { PublicModerator } from "./accounts";

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, "A username is 3 to 32 letters, digits, dots, dashes or underscores.")
  .openapi({ example: "river" });

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `A password needs at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX);

export const SignInSchema = z
  .strictObject({
    // Not checked against the username rules: a malformed name is just a wrong one, answered the same way.
    username: z.string().max(64).openapi({ example: "river" }),
    password: z.string().max(PASSWORD_MAX),
  })
  .openapi("SignIn");

export const ModeratorSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    role: z.enum(moderatorRoles),
    disabled: z.boolean(),
    createdAt: z.string().openapi({ format: "date-time" }),
    secondFactor: z.boolean().openapi({ description: "Whether an authenticator is enrolled." }),
    lastSignInDay: z
      .string()
      .nullable()
      .optional()
      .openapi({ format: "date", description: "The day (UTC) of the last sign-in, null if never; in the list only." }),
  })
  .openapi("Moderator");

export const SessionSchema = z
  .object({
    moderator: z.object({ id: z.string(), username: z.string(), role: z.enum(moderatorRoles) }),
    expiresAt: z.string().openapi({ format: "date-time", description: "The session ends then at the latest." }),
  })
  .openapi("Session");

export const PasswordPassedSchema = z
  .object({
    secondFactor: z.enum(["enrol", "code"]).openapi({
      description:
        "What the second step needs: `enrol` a first authenticator (with `enrolment`), or a `code` from the one enrolled.",
    }),
    expiresAt: z.string().openapi({ format: "date-time", description: "The second step must be done by then." }),
    enrolment: z
      .object({
        secret: z
          .string()
          .openapi({ description: "The TOTP secret in base32 (SHA-1, 6 digits, 30 s), shown this once." }),
        uri: z.string().openapi({ description: "The same as an otpauth:// address, as a QR code holds it." }),
      })
      .optional(),
  })
  .openapi("PasswordPassed");

export const SecondFactorSchema = z
  .strictObject({
    code: z
      .string()
      .max(32)
      .openapi({ description: "Six digits from the authenticator, or one of the recovery codes.", example: "123456" }),
  })
  .openapi("SecondFactor");

export const SignedInSchema = SessionSchema.extend({
  recoveryCodes: z
    .array(z.string())
    .optional()
    .openapi({ description: "At enrolment only: ten one-use codes for a lost authenticator, shown this once." }),
}).openapi("SignedIn");

export const NewModeratorSchema = z
  .strictObject({
    username: UsernameSchema,
    role: z.enum(moderatorRoles).default("moderator"),
    password: NewPasswordSchema.optional().openapi({ description: "Generated and shown once when left out." }),
  })
  .openapi("NewModerator");

export const ModeratorChangeSchema = z
  .strictObject({
    disabled: z.boolean().optional(),
    role: z.enum(moderatorRoles).optional(),
    resetSecondFactor: z.literal(true).optional().openapi({
      description: "Take away the second factor (secret, recovery codes, sessions): they enrol again at next sign-in.",
    }),
  })
  .refine((change) => change.disabled !== undefined || change.role !== undefined || change.resetSecondFactor, {
    message: "Say what to change: disabled, role or resetSecondFactor.",
  })
  .openapi("ModeratorChange");

export function toModerator(
  moderator: PublicModerator & { lastSignInAt?: number | null },
): z.infer<typeof ModeratorSchema> {
  const { lastSignInAt, ...account } = moderator;
  return {
    ...account,
    createdAt: new Date(moderator.createdAt).toISOString(),
    ...(lastSignInAt === undefined ? {} : { lastSignInDay: lastSignInAt === null ? null : utcDay(lastSignInAt) }),
  };
}
