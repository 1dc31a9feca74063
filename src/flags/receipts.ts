import { encodeBase64Url } from "../base64url";
import { hmacSha256 } from "../hmac";

/**
 * A flag's receipt is derived from the reader's key for the post, so a
 * reader who flags the same post again the same day (or retries a request
 * whose answer was lost) gets the same receipt back. Only its hash is stored.
 */
export async function flagReceipt(secret: string, readerKey: string): Promise<string> {
  return encodeBase64Url(await hmacSha256(secret, `closed-door/flag-receipt/${readerKey}`));
}
