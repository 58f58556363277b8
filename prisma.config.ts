// Prisma CLI configuration. The CLI is only used for `generate` here: migrations are applied
// by scripts/db-migrate.ts through the WebAssembly schema engine (see ARCHITECTURE.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
