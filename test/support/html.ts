/**
 * What a page is made of, read with workerd's own HTML parser (HTMLRewriter):
 * for proving that text put into a page stays text.
 */

/** Every element in document order, as `tag[attribute names]`: text cannot change it without injecting markup. */
export async function shapeOf(html: string): Promise<string[]> {
  const shape: string[] = [];
  await new HTMLRewriter()
    .on("*", {
      element(element) {
        const names = [...element.attributes].map(([name]) => name).sort();
        shape.push(`${element.tagName}[${names.join(",")}]`);
      },
    })
    .transform(new Response(html))
    .text();
  return shape;
}

/** The text inside every element matching `selector`, with hono's escapes undone. */
export async function textsOf(html: string, selector: string): Promise<string[]> {
  const texts: string[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element() {
        texts.push("");
      },
      text(chunk) {
        texts[texts.length - 1] += chunk.text;
      },
    })
    .transform(new Response(html))
    .text();
  return texts.map(unescapeHtml);
}

export function unescapeHtml(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}
