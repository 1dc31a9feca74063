import { Layout } from "./layout";

type ErrorPageProps = { status: number; message: string };

const titles: Record<number, string> = {
  400: "That link is not quite right",
  401: "Please sign in first",
  403: "That was refused",
  409: "That changed meanwhile",
  404: "Nothing is here",
  413: "That was too much at once",
  429: "Slow down a little",
  503: "Closed Door is resting",
};

export function ErrorPage({ status, message }: ErrorPageProps) {
  const title = titles[status] ?? "Something went wrong";
  return (
    <Layout title={title}>
      <section class="error">
        <h1>{title}</h1>
        <p>{message}</p>
        <p>{status === 401 ? <a href="/mod">Sign in</a> : <a href="/">Back to the board</a>}</p>
      </section>
    </Layout>
  );
}
