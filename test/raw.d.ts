/** Vite's `?raw` imports: a file's content as a string. */
declare module "*?raw" {
  const content: string;
  export default content;
}

/** Vite's `import.meta.glob`, as the tests use it: files' contents by path. */
interface ImportMeta {
  glob<T>(pattern: string, options: { query: string; import: string; eager: true }): Record<string, T>;
}
