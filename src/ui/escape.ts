import { escapeToBuffer } from "hono/utils/html";

/**
 * Text made safe to place in HTML, by hono's own escaping (the one its `html` templates and JSX use). For the parts
 * of a page built as plain strings because they are built many times a page (a feed's twenty cards): hono's `html`
 * template costs about a microsecond a value in workerd, and an uncached page is held to 1.25× its JSON's cost.
 */
export function escapeHtml(text: string): string {
  const buffer: [string] = [""];
  escapeToBuffer(text, buffer);
  return buffer[0];
}
