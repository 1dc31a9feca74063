import { describe, expect, it } from "vitest";
import { addressKey } from "../../src/limits/address";

describe("the client address as the limits count it", () => {
  it.each([
    [
      "2001:db8::1",
      ["2001:DB8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8:0:0::1", "[2001:db8::1]", " 2001:db8::1 "],
    ],
    ["192.0.2.1", ["::ffff:192.0.2.1", "::ffff:c000:201", "192.0.2.1"]],
  ])("reads every spelling of %s as one client", (address, spellings) => {
    const keys = new Set([address, ...spellings].map(addressKey));
    expect(keys.size).toBe(1);
  });

  it("reads every address of one IPv6 /64 as one client, and the next /64 as another", () => {
    expect(addressKey("2001:db8:1:2::1")).toBe(addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(addressKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:3::1")).not.toBe(addressKey("2001:db8:1:2::1"));
  });

  it("keeps IPv4 addresses apart", () => {
    expect(addressKey("192.0.2.1")).not.toBe(addressKey("192.0.2.2"));
  });

  it.each([undefined, "", "not an address", "999.1.1.1", "1.2.3.4, 5.6.7.8", "2001:db8::g", "<script>"])(
    "fails closed on %j: one shared client",
    (header) => {
      expect(addressKey(header)).toBe("unknown");
    },
  );
});
