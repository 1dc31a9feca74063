import ipaddr from "ipaddr.js";

/**
 * The client address as the limits count it: one spelling per address, so "2001:DB8::1", "2001:db8:0:0::1" and
 * "[2001:db8::1]" are one client, an IPv4 address written inside IPv6 ("::ffff:192.0.2.1") is that IPv4 address, and
 * every IPv6 address of one /64 (what a single home or phone is given) is one client. A missing or malformed header
 * is "unknown": all such requests share one client, so the limits fail closed.
 */
export function addressKey(header: string | undefined): string {
  const written = header?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  if (!ipaddr.isValid(written)) return UNKNOWN;
  const address = ipaddr.process(written);
  if (address.kind() === "ipv4") return address.toString();
  const network = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${network.join(":")}::/64`;
}

const UNKNOWN = "unknown";
