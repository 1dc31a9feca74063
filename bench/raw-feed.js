// The baseline: the feed's own SQL sent straight to D1 and its rows returned
// as JSON, with no router, validation, ORM or rendering. bench/run.ts passes
// the statements (taken from the app's query builder) as bindings. Like the
// app's public reads, it reads through a D1 session that a replica may serve,
// so the comparison is of what the app adds, not of how D1 is asked.
export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    const query = JSON.parse(pathname === "/deep" ? env.DEEP_PAGE : env.FIRST_PAGE);
    const { results } = await env.DB.withSession("first-unconstrained")
      .prepare(query.sql)
      .bind(...query.params)
      .all();
    return new Response(JSON.stringify({ posts: results }), { headers: { "Content-Type": "application/json" } });
  },
};
