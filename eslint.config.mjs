import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // A page's request-time interrupt must go through lib/http/page-interrupts.ts, which notes the
    // status for the portal's server; Next's own would answer 200 once the shell is sent.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/auth/guards.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/navigation",
              importNames: ["notFound", "forbidden", "unauthorized", "redirect", "permanentRedirect"],
              message:
                "Importeer deze uit @/lib/http/page-interrupts (echte HTTP-status, zie ARCHITECTURE.md).",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
