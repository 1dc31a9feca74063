import { expect } from "vitest";
import { request } from "./app";

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

/**
 * The fields a browser would send from the first form matching `selector`:
 * each named input's value and each textarea's text, as the page fills them.
 */
export async function formOf(
  html: string,
  selector: string,
): Promise<{ action: string; fields: Record<string, string> }> {
  const form = { action: "", fields: {} as Record<string, string> };
  let found = false;
  let textarea: string | null = null;
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        if (found) return;
        found = true;
        form.action = element.getAttribute("action") ?? "";
      },
    })
    .on(`${selector} input[name]`, {
      element(element) {
        form.fields[element.getAttribute("name") ?? ""] = unescapeHtml(element.getAttribute("value") ?? "");
      },
    })
    .on(`${selector} textarea[name]`, {
      element(element) {
        textarea = element.getAttribute("name");
        if (textarea) form.fields[textarea] = "";
      },
      text(chunk) {
        if (textarea) form.fields[textarea] += chunk.text;
      },
    })
    .transform(new Response(html))
    .text();
  if (!found) throw new Error(`no form matches ${selector}`);
  if (textarea) form.fields[textarea] = unescapeHtml(form.fields[textarea] ?? "");
  return form;
}

/** A page's HTML, after checking it answered `status` as HTML. */
export async function html(path: string, status = 200): Promise<string> {
  const res = await request(path);
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
  return res.text();
}
