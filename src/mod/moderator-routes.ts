import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponse, jsonContent, MODERATOR_SESSION } from "../openapi";
import { listModerators } from "./accounts";
import { signedIn } from "./gate";
import { addModerator, changeModerator } from "./moderators";
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
  summary:
    "Disable or enable a moderator, change their role, or reset their second factor (admins only); disabling and resetting end their sessions at once",
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
    409: errorResponse("An admin cannot disable their own account, change its role or reset its second factor"),
    ...adminOnly,
  },
});

export const moderatorRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const moderators = await listModerators(c.var.db);
    return c.json({ moderators: moderators.map(toModerator) }, 200);
  })
  .openapi(addRoute, async (c) => {
    const { moderator, generatedPassword } = await addModerator(
      c.var.db,
      signedIn(c).moderatorId,
      c.req.valid("json"),
      Date.now(),
    );
    return c.json(
      { moderator: toModerator(moderator), ...(generatedPassword ? { password: generatedPassword } : {}) },
      201,
    );
  })
  .openapi(changeRoute, async (c) => {
    const { id } = c.req.valid("param");
    const moderator = await changeModerator(c.var.db, signedIn(c).moderatorId, id, c.req.valid("json"), Date.now());
    return c.json({ moderator: toModerator(moderator) }, 200);
  });
