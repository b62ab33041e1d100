import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

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
  {
    // Scripts, config, tests and the edge proxy run outside the app's env module.
    files: ["scripts/**", "prisma/**", "tests/**", "*.config.*", "proxy.ts", "lib/env.ts", "playwright.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
