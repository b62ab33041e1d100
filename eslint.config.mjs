import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
const INFRA = [
  "@/lib/auth/*",
  "@/lib/db",
  "@/lib/prisma-client",
  "@/lib/email/*",
  "@/lib/cache/*",
  "@/lib/queue/*",
  "@/lib/workers/*",
  "@/lib/migrations/*",
  "@/lib/env",
  "@/lib/log",
  "@/lib/demo-accounts",
  "@/lib/generated/*",
];

// Layers, top to bottom (DEVELOPERS.md "Layers"): a module may import its own layer and the
// ones below it, never one above. Infrastructure is the auth, database, email, cache and
// worker plumbing that lib/data is built on.
const LAYERS = [
  { name: "app", files: ["app/**"], above: [] },
  { name: "lib/ui", files: ["lib/ui/**"], above: ["@/app/*"] },
  { name: "lib/actions", files: ["lib/actions/**"], above: ["@/app/*", "@/lib/ui/*"] },
  // Job handlers act like actions for a system caller: they may use lib/data, never the UI.
  { name: "lib/jobs", files: ["lib/jobs/**"], above: ["@/app/*", "@/lib/ui/*", "@/lib/actions/*"] },
  { name: "lib/data", files: ["lib/data/**"], above: ["@/app/*", "@/lib/ui/*", "@/lib/actions/*", "@/lib/jobs/*"] },
  {
    name: "infrastructure",
    files: [
      "lib/auth/**",
      "lib/db.ts",
      "lib/prisma-client.ts",
      "lib/email/**",
      "lib/cache/**",
      "lib/queue/**",
      "lib/workers/**",
      "lib/migrations/**",
      "lib/env.ts",
      "lib/log.ts",
      "lib/demo-accounts.ts",
    ],
    above: ["@/app/*", "@/lib/ui/*", "@/lib/actions/*", "@/lib/jobs/*", "@/lib/data/*"],
  },
  {
    name: "lib/domain",
    files: ["lib/domain/**"],
    above: ["@/app/*", "@/lib/ui/*", "@/lib/actions/*", "@/lib/jobs/*", "@/lib/data/*", ...INFRA],
  },
  {
    name: "lib/content",
    files: ["lib/content/**"],
    above: ["@/app/*", "@/lib/ui/*", "@/lib/actions/*", "@/lib/jobs/*", "@/lib/data/*", ...INFRA, "@/lib/domain/*"],
  },
];

const layerRules = LAYERS.map(({ name, files, above }) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...(above.length
            ? [{ group: above, message: `${name} must not import from a layer above it (see DEVELOPERS.md "Layers").` }]
            : []),
          // Parent-relative imports would bypass the check above: use the @/ alias.
          { group: ["../*"], message: "Import through the @/ alias so the layer rule can see it." },
        ],
      },
    ],
  },
}));

const config = [
  ...nextVitals,
  ...nextTs,
  // Formatting is Prettier's job (npm run format); this turns off ESLint rules that would fight it.
  prettier,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      // Raw SQL only through tagged templates ($queryRaw`...`), never string-built (QUALITY.md #16).
      "no-restricted-properties": [
        "error",
        { property: "$queryRawUnsafe", message: "Use the tagged-template $queryRaw instead." },
        { property: "$executeRawUnsafe", message: "Use the tagged-template $executeRaw instead." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read environment variables through lib/env.ts.",
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
  {
    // Scripts, config, tests and the edge proxy run outside the app's env module.
    // lib/queue/definitions.ts takes the environment of the process that installs or runs the
    // queues (the launcher passes its own, not process.env).
    files: [
      "scripts/**",
      "prisma/**",
      "tests/**",
      "*.config.*",
      "proxy.ts",
      "lib/env.ts",
      "lib/queue/definitions.ts",
      "playwright.config.ts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
