// The one way to learn who sent a request: the client IP that rate limits key on, and whether
// the request came from this machine (the demo outbox). The socket address comes from the
// header scripts/socket-address-header.mjs stamps on every request; X-Forwarded-For counts
// only as far as TRUSTED_PROXIES vouches for it (lib/domain/ip-address.ts).
import "server-only";
import { env } from "@/lib/env";
import { clientIpFrom, isLocalRequest } from "@/lib/domain/ip-address";
import { logger } from "@/lib/log";

/** Set by the preload from the TCP socket; a client-sent value is overwritten. */
export const SOCKET_ADDRESS_HEADER = "x-chartpath-socket-address";

type HeaderSource = Pick<Headers, "get">;

let warned = false;
function socketAddress(headers: HeaderSource): string | null {
  const value = headers.get(SOCKET_ADDRESS_HEADER);
  if (!value && !warned) {
    warned = true;
    // Without the preload (e.g. `next start` run by hand) there is no trustworthy address:
    // rate limits then share one "unknown" key and the demo outbox stays closed.
    logger.warn(`client-ip: no ${SOCKET_ADDRESS_HEADER} header: start the server with npm start (scripts/server-node-options.ts)`);
  }
  return value || null;
}

export function clientIp(headers: HeaderSource): string {
  return clientIpFrom(socketAddress(headers), headers.get("x-forwarded-for"), env().TRUSTED_PROXIES).slice(0, 64);
}

export function isRequestFromThisMachine(headers: HeaderSource): boolean {
  return isLocalRequest(socketAddress(headers), {
    forwardedFor: headers.get("x-forwarded-for"),
    forwarded: headers.get("forwarded"),
    realIp: headers.get("x-real-ip"),
  });
}
