// Client addresses from a request's socket and forwarding headers, without trusting what the
// client wrote: which forwarded address counts (TRUSTED_PROXIES), and whether a request came
// from this machine. Pure (node:net only); lib/auth/client-ip.ts feeds it a request's headers.
import { BlockList, isIP } from "node:net";

/** A validated TRUSTED_PROXIES list: proxy addresses or CIDR ranges whose forwarding we accept. */
export interface TrustedProxies {
  readonly entries: readonly string[];
  readonly list: BlockList;
}

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) → `10.0.0.1`; brackets and zone ids dropped. */
function normalizeIp(value: string): string | null {
  let v = value.trim().toLowerCase();
  if (v.startsWith("[") && v.includes("]")) v = v.slice(1, v.indexOf("]"));
  const zone = v.indexOf("%");
  if (zone >= 0) v = v.slice(0, zone);
  if (v.startsWith("::ffff:") && isIP(v.slice(7)) === 4) v = v.slice(7);
  return isIP(v) ? v : null;
}

/** Parses "10.0.0.0/8, 192.0.2.7, fd00::/8": an error names the first entry that is not one. */
export function parseTrustedProxies(text: string | undefined): { ok: true; value: TrustedProxies } | { ok: false; error: string } {
  const list = new BlockList();
  const entries = (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = "", bits, extra] = entry.split("/");
    const ip = normalizeIp(address);
    const family = ip ? (isIP(ip) === 4 ? "ipv4" : "ipv6") : undefined;
    const prefix = bits === undefined ? (family === "ipv4" ? 32 : 128) : Number(bits);
    const max = family === "ipv4" ? 32 : 128;
    if (
      !ip ||
      !family ||
      extra !== undefined ||
      !Number.isInteger(prefix) ||
      prefix < 0 ||
      prefix > max ||
      (bits !== undefined && !/^\d+$/.test(bits))
    ) {
      return { ok: false, error: `"${entry}" is not an IP address or CIDR range` };
    }
    list.addSubnet(ip, prefix, family);
  }
  return { ok: true, value: { entries, list } };
}

function isTrusted(ip: string, trusted: TrustedProxies): boolean {
  return trusted.list.check(ip, isIP(ip) === 4 ? "ipv4" : "ipv6");
}

/** X-Forwarded-For entries, left (claimed client) to right (nearest proxy); junk kept as-is. */
function forwardedForChain(header: string | null): string[] {
  return (header ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(-32);
}

/**
 * The address a rate limit should key on. With no trusted proxies it is the socket peer,
 * whatever the headers say. Otherwise walk right to left from the socket: each hop that is a
 * trusted proxy vouches for the address to its left; the first untrusted (or unparsable)
 * address is the client. A client can prepend anything, but cannot forge the hops our own
 * proxies appended.
 */
export function clientIpFrom(socket: string | null, forwardedFor: string | null, trusted: TrustedProxies): string {
  const peer = socket ? normalizeIp(socket) : null;
  if (!peer) return "unknown";
  if (trusted.entries.length === 0 || !isTrusted(peer, trusted)) return peer;
  const chain = forwardedForChain(forwardedFor);
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normalizeIp(chain[i]!);
    if (!hop) return client; // garbage left of our proxies: the last vouched-for address stands
    client = hop;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return client;
}

function isLoopback(ip: string | null): boolean {
  const v = ip ? normalizeIp(ip) : null;
  return !!v && (v === "::1" || /^127\./.test(v));
}

/** `Forwarded: for=192.0.2.1;proto=http, for="[::1]:80"` → ["192.0.2.1", "[::1]:80"] (RFC 7239). */
function forwardedHeaderFor(header: string | null): string[] {
  const out: string[] = [];
  for (const element of (header ?? "").split(",")) {
    for (const pair of element.split(";")) {
      const eq = pair.indexOf("=");
      if (eq > 0 && pair.slice(0, eq).trim().toLowerCase() === "for")
        out.push(
          pair
            .slice(eq + 1)
            .trim()
            .replace(/^"|"$/g, ""),
        );
    }
  }
  return out;
}

/** "[::1]:8080" / "127.0.0.1:80" / "127.0.0.1" → the address, or null when it is not one. */
function stripPort(value: string): string | null {
  const direct = normalizeIp(value);
  if (direct) return direct;
  const bracketed = value.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) return normalizeIp(bracketed[1]!);
  const v4 = value.match(/^([\d.]+):\d+$/);
  return v4 ? normalizeIp(v4[1]!) : null;
}

/**
 * True only when the socket peer is loopback and every address any forwarding header names
 * is loopback too. Forwarded headers can only take access away: a proxy on this machine that
 * forwards a remote visitor makes the request remote, and anything unparsable counts as remote.
 */
export function isLocalRequest(
  socket: string | null,
  headers: { forwardedFor: string | null; forwarded: string | null; realIp: string | null },
): boolean {
  if (!isLoopback(socket)) return false;
  const named = [
    ...forwardedForChain(headers.forwardedFor),
    ...forwardedHeaderFor(headers.forwarded),
    ...(headers.realIp ? [headers.realIp.trim()] : []),
  ];
  return named.every((value) => isLoopback(stripPort(value)));
}
