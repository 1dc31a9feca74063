/**
 * `\b` as the two lookarounds it means (in a pattern without the /u flag). The same test, but V8 compiles a long
 * alternation followed by `\b` about three times slower than one followed by this, and the first post an isolate
 * checks pays for compiling every pattern.
 */
export const WORD_EDGE = String.raw`(?:(?<=\w)(?!\w)|(?<!\w)(?=\w))`;

/**
 * `source` with each `\b` that ends a word after a group (`(?:a|b)\b`, `(?:a|b)\b(?! x)`) or ends the pattern written
 * as WORD_EDGE; for patterns without the /u flag, where `\w` is ASCII. A `\b` elsewhere costs no more to compile,
 * and one before a word or a group (`)\bbeen`) is kept, as V8 looks past it to the word while matching, where it
 * cannot look past the lookarounds. `[\b]` (a backspace) and `\\b` (a backslash, then b) are kept too.
 */
export function withWordEdges(source: string): string {
  let written = "";
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const char = source.charAt(at);
    if (char === "\\") {
      const escaped = source.slice(at, at + 2);
      written += escaped === String.raw`\b` && !inClass && endsAWord(source, at) ? WORD_EDGE : escaped;
      at++;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    written += char;
  }
  return written;
}

/** Whether the `\b` at `at` ends the pattern, or follows a group and comes before neither a word nor a group. */
function endsAWord(source: string, at: number): boolean {
  if (at + 2 === source.length) return true;
  const afterGroup = source.charAt(at - 1) === ")" && !isEscaped(source, at - 1);
  const beforeWord = /^(?:\w|\\[dw]|\((?!\?[=!<]))/.test(source.slice(at + 2, at + 5));
  return afterGroup && !beforeWord;
}

/** Whether the character at `at` is escaped: an odd number of backslashes before it. */
function isEscaped(source: string, at: number): boolean {
  let backslashes = 0;
  while (source.charAt(at - 1 - backslashes) === "\\") backslashes++;
  return backslashes % 2 === 1;
}
