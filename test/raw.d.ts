/** Vite's `?raw` imports: a file's content as a string. */
declare module "*?raw" {
  const content: string;
  export default content;
}
