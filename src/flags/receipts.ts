import { encodeBase64Url } from "../base64url";

/**
 * A flag's receipt: 32 random bytes, given to the reader once, when the flag is made; only its hash is kept. It is
 * not derived from anything about the reader, so nothing kept (nor any secret) leads from an address to a report, and
 * two readers behind one address never share one.
 */
export function newFlagReceipt(): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}
