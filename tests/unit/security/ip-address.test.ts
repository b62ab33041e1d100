// Which address a request counts as: the socket unless a configured proxy vouches for a
// forwarded one (right-most untrusted), and "this machine" only when every hop is loopback.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { clientIpFrom, isLocalRequest, parseTrustedProxies, type TrustedProxies } from "@/lib/domain/ip-address";

function trusted(text: string): TrustedProxies {
  const parsed = parseTrustedProxies(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
const none = trusted("");

describe("clientIpFrom", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientIpFrom("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(clientIpFrom("::ffff:203.0.113.9", null, none)).toBe("203.0.113.9");
    expect(clientIpFrom(null, "198.51.100.1", none)).toBe("unknown");
  });

  it("takes the right-most address that is not a trusted proxy", () => {
    const proxies = trusted("10.0.0.0/8, 192.0.2.7, fd00::/8");
    // The client prepended a fake; our two proxies appended the real client and each other.
    expect(clientIpFrom("10.0.0.2", "1.1.1.1, 198.51.100.7, 192.0.2.7", proxies)).toBe("198.51.100.7");
    expect(clientIpFrom("fd00::5", "2001:db8::1", proxies)).toBe("2001:db8::1");
    // A socket that is not a trusted proxy is the client, whatever it forwards.
    expect(clientIpFrom("203.0.113.9", "10.0.0.3", proxies)).toBe("203.0.113.9");
    // Garbage left of our proxies: the last address a proxy vouched for stands.
    expect(clientIpFrom("10.0.0.2", "not-an-ip, 192.0.2.7", proxies)).toBe("192.0.2.7");
  });

  it("rejects a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(parseTrustedProxies("10.0.0.0/33")).toMatchObject({ ok: false });
    expect(parseTrustedProxies("proxy.internal")).toMatchObject({ ok: false, error: expect.stringContaining("proxy.internal") });
    expect(parseTrustedProxies("10.0.0.0/8/1")).toMatchObject({ ok: false });
  });
});

describe("isLocalRequest", () => {
  const noHeaders = { forwardedFor: null, forwarded: null, realIp: null };
  it("needs a loopback socket", () => {
    expect(isLocalRequest("127.0.0.1", noHeaders)).toBe(true);
    expect(isLocalRequest("::1", noHeaders)).toBe(true);
    expect(isLocalRequest("::ffff:127.0.0.1", noHeaders)).toBe(true);
    expect(isLocalRequest("192.0.2.1", noHeaders)).toBe(false);
    expect(isLocalRequest(null, noHeaders)).toBe(false);
  });

  it("lets any forwarded header naming another address (or garbage) take access away, never grant it", () => {
    expect(isLocalRequest("127.0.0.1", { ...noHeaders, forwardedFor: "127.0.0.1" })).toBe(true);
    expect(isLocalRequest("127.0.0.1", { ...noHeaders, forwardedFor: "198.51.100.2, 127.0.0.1" })).toBe(false);
    expect(isLocalRequest("127.0.0.1", { ...noHeaders, forwarded: 'for="[::1]:80";proto=http, for=192.0.2.60' })).toBe(false);
    expect(isLocalRequest("127.0.0.1", { ...noHeaders, forwarded: 'for="[::1]:80"' })).toBe(true);
    expect(isLocalRequest("127.0.0.1", { ...noHeaders, forwarded: "for=unknown" })).toBe(false);
    expect(isLocalRequest("127.0.0.1", { ...noHeaders, realIp: "203.0.113.4" })).toBe(false);
    expect(isLocalRequest("192.0.2.1", { ...noHeaders, forwardedFor: "127.0.0.1", realIp: "127.0.0.1" })).toBe(false);
  });
});

it("the preload stamps the header name the app reads", () => {
  expect(readFileSync("scripts/socket-address-header.mjs", "utf8")).toContain('"x-chartpath-socket-address"');
  expect(readFileSync("lib/auth/client-ip.ts", "utf8")).toContain('SOCKET_ADDRESS_HEADER = "x-chartpath-socket-address"');
});
