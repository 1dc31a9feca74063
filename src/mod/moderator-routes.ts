import { createRoute, z } from "@hono/zod-openapi";
import { appendAudit } from "../audit/queries";
import { ApiError, notFound } from "../errors";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { newId } from "../secrets";
import { findModerator, insertModerator, listModerators, setDisabled } from "./accounts";
import { signedIn } from "./gate";
import { generatePassword, hashPassword } from "./passwords";
import { ModeratorChangeSchema, ModeratorSchema, NewModeratorSchema, toModerator } from "./schemas";

const adminOnly = {
  401: errorResponse("Not signed in"),
  403: errorResponse("Only an admin may manage moderators, and only from this site"),
};

const listRoute = createRoute({
  method: "get",
  path: "/api/mod/moderators",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "Every moderator account (admins only)",
  responses: { 200: jsonContent(z.object({ moderators: z.array(ModeratorSchema) }), "The accounts"), ...adminOnly },
});

const addRoute = createRoute({
  method: "post",
  path: "/api/mod/moderators",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "Add a moderator (admins only); a password is generated and shown once when none is given",
  request: { body: { required: true, content: { "application/json": { schema: NewModeratorSchema } } } },
  responses: {
    201: jsonContent(
      z.object({ moderator: ModeratorSchema, password: z.string().optional() }),
      "Added; `password` is present only when it was generated",
    ),
    400: errorResponse("The username, role or password is not valid"),
    409: errorResponse("The username is taken"),
    ...adminOnly,
  },
});

const changeRoute = createRoute({
  method: "patch",
  path: "/api/mod/moderators/{id}",
  tags: ["moderators"],
  security: MODERATOR_SESSION,
  summary: "Disable or enable a moderator (admins only); disabling ends their sessions at once",
  request: {
    params: z.object({
      id: z
        .string()
        .max(64)
        .openapi({ param: { name: "id", in: "path" } }),
    }),
    body: { required: true, content: { "application/json": { schema: ModeratorChangeSchema } } },
  },
  responses: {
    200: jsonContent(z.object({ moderator: ModeratorSchema }), "The account as it is now"),
    400: errorResponse("The body is not valid"),
    404: errorResponse("No moderator has this id"),
    409: errorResponse("An admin cannot disable their own account"),
    ...adminOnly,
  },
});

export const moderatorRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const moderators = await listModerators(c.var.db);
    return c.json({ moderators: moderators.map(toModerator) }, 200);
  })
  .openapi(addRoute, async (c) => {
    const admin = signedIn(c);
    const { username, role, password } = c.req.valid("json");
    const chosen = password ?? generatePassword();
    const now = Date.now();
    const id = newId();
    const db = c.var.db;
    const [inserted] = await db.batch([
      insertModerator(db, { id, username, role, passwordHash: await hashPassword(chosen), createdAt: now }),
      appendAudit(db, { at: now, moderatorId: admin.moderatorId, action: "add-moderator", subjectId: id }),
    ]);
    if (inserted.meta.changes === 0) throw new ApiError(409, "conflict", "This username is taken.");
    return c.json(
      {
        moderator: toModerator({ id, username, role, disabled: false, createdAt: now }),
        ...(password ? {} : { password: chosen }),
      },
      201,
    );
  })
  .openapi(changeRoute, async (c) => {
    const admin = signedIn(c);
    const { id } = c.req.valid("param");
    const { disabled } = c.req.valid("json");
    const db = c.var.db;
    const moderator = await findModerator(db, id);
    if (!moderator) throw notFound("There is no moderator with this id.");
    if (disabled && id === admin.moderatorId) {
      throw new ApiError(409, "conflict", "You cannot disable your own account; ask another admin.");
    }
    if (moderator.disabled !== disabled) {
      const action = disabled ? "disable-moderator" : "enable-moderator";
      await db.batch([
        appendAudit(db, { at: Date.now(), moderatorId: admin.moderatorId, action, subjectId: id }),
        ...setDisabled(db, id, disabled),
      ]);
    }
    return c.json({ moderator: toModerator({ ...moderator, disabled }) }, 200);
  });
