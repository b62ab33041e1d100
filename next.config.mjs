/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` (part of validate and CI) checks the whole project, tests included;
  // skipping it here keeps `npm start` fast and a type error in a test from blocking the app.
  typescript: { ignoreBuildErrors: true },
  // pg and argon2 are native/Node-only; keep them out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "nodemailer"],
  async headers() {
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    if (process.env.NODE_ENV === "production" && process.env.APP_URL?.startsWith("https://")) {
      security.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    }
    return [{ source: "/:path*", headers: security }];
  },
  // Chromium still asks for /favicon.ico now and then (around client-side navigations and
  // downloads) despite the <link rel="icon">; answer with the app icon rather than a 404.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  experimental: {
    // = ACTION_BODY_MAX_BYTES in lib/actions/form-input.ts (proxy.ts and the action budget use it).
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
