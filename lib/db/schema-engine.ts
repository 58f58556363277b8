// Prisma's schema engine compiled to WebAssembly. The CLI's native engine is a download that
// these machines cannot make, so migrations are applied and diffed through this instead.
// Used by scripts and tests only, never by the web server.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { logError } from "@/lib/log";

type EngineModule = typeof import("@prisma/schema-engine-wasm");

let enginePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl`, then frees the engine and closes its
 * connections: an open connection would block cloning the database as a template.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  datamodel: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  enginePromise ??= loadEngineModule();
  const mod = await enginePromise;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const log = (message: string) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) logError("schema-engine", message);
  };
  const engine = await mod.SchemaEngine.new({ datamodels: [["schema.prisma", datamodel]] }, log, factory);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}
