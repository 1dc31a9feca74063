/**
 * The shape of src/, checked in CI (`npm run lint`): no import cycle, and
 * shared plumbing (the files at the top of src/, src/db/ and the UI pieces of
 * src/ui/) never imports a feature folder at run time, so a feature can be
 * read, moved or deleted as one place. app.ts and index.ts assemble the features and are exempt; an
 * import of types only is no run-time dependency.
 */
const FEATURES =
  "^src/(atom|audit|categories|feed|flags|limits|mod|moderation|posts|queue|resonates|retention|review|search|trust)/";

module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "An import cycle makes the order modules load in matter, and no feature one place.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-upward-import",
      severity: "error",
      comment: "Shared plumbing must not depend on a feature: move what both need into the plumbing.",
      from: { path: "^src/(db/|ui/|[^/]+\\.tsx?$)", pathNot: "^src/(app|index)\\.ts$" },
      to: { path: FEATURES, dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
