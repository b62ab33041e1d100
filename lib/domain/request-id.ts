// The id that ties one request's log lines together. A client (or a proxy in front) may send
// its own so ids match across systems, but only a short, plain one: anything else could inject
// text into logs or be a way to smuggle data, so it is replaced with a fresh UUID.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdFrom(clientValue: string | null | undefined, generate: () => string): string {
  return clientValue && CLIENT_REQUEST_ID.test(clientValue) ? clientValue : generate();
}
