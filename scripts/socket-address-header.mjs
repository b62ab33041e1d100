// Preloaded into the Next server (`node --import`, see scripts/server-node-options.ts): stamps
// every HTTP request with the TCP peer's address in a header only this process can set, and
// drops any value a client sent under that name. Next 16 gives app code no socket address:
// it only fills X-Forwarded-For from the socket when the client sent none, so a client that
// sends its own X-Forwarded-For hides the real one. lib/auth/client-ip.ts reads this header.
import http from "node:http";

const HEADER = "x-chartpath-socket-address"; // same name as SOCKET_ADDRESS_HEADER in lib/auth/client-ip.ts

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithSocketAddress(event, req, ...rest) {
  if (event === "request" && req && req.headers) {
    req.headers[HEADER] = (req.socket && req.socket.remoteAddress) || "";
  }
  return emit.call(this, event, req, ...rest);
};
