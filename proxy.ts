// Runs before every request: sets a per-request CSP nonce and, as an optimisation only,
// sends visitors without a session cookie to sign-in. Every page and action still checks
// the session and roles on the server (lib/auth/current-user.ts, lib/data/*). It also gives
// every request an id (x-request-id, on the request for requestLogger() and on the response).
import { NextResponse, type NextRequest } from "next/server";
import { requestIdFrom } from "@/lib/domain/request-id";
import { ACTION_BODY_MAX_BYTES } from "@/lib/actions/form-input";
import { multipartProblem } from "@/lib/actions/multipart-check";

const PROTECTED = ["/learner", "/advisor", "/programs", "/account", "/join"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const AREA_COOKIE = "cp_area";
const AREA_BY_PREFIX: Record<string, string> = { "/learner": "learner", "/advisor": "advisor", "/programs": "admin" };

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A form post whose multipart framing is broken: Next would answer it with a 500. */
async function brokenFormPost(request: NextRequest): Promise<NextResponse | undefined> {
  const contentType = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || !contentType.toLowerCase().startsWith("multipart/form-data")) return undefined;
  // Next buffers the body for the proxy and replays it to the route, so reading it here is safe.
  const problem = multipartProblem(contentType, Buffer.from(await request.arrayBuffer()), ACTION_BODY_MAX_BYTES);
  return problem && new NextResponse(problem.message, { status: problem.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

const REQUEST_ID = "x-request-id";

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID), () => crypto.randomUUID());
  const response = await respond(request, requestId);
  response.headers.set(REQUEST_ID, requestId);
  return response;
}

async function respond(request: NextRequest, requestId: string): Promise<NextResponse> {
  const rejected = await brokenFormPost(request);
  if (rejected) return rejected;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID, requestId);
  // Server action posts reach the proxy only for the check above and their request id.
  if (request.headers.has("next-action")) return NextResponse.next({ request: { headers: requestHeaders } });
  const { pathname, search } = request.nextUrl;
  const prefix = PROTECTED.find((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (prefix && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Remember the last area visited so /home returns people with several roles there.
  const area = prefix ? AREA_BY_PREFIX[prefix] : undefined;
  if (area) response.cookies.set(AREA_COOKIE, area, { httpOnly: true, sameSite: "lax", path: "/" });
  return response;
}

// Literal strings only: Next reads this object at build time.
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico|api/auth).*)", missing: [{ type: "header", key: "next-action" }] },
    {
      source: "/((?!_next/static|_next/image|favicon.ico|api/auth).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    // Every other action post too, only to get its request id (so an action's log lines carry it).
    { source: "/((?!_next/static|_next/image|favicon.ico|api/auth).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
