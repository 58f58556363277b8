// The demo's practice population register in the portal's own process (lib/register/demo.ts), on a
// loopback port with a token made at start. The portal's register code is the production one: it
// reads the address and token set here, exactly as it reads a real register's.
import { randomBytes } from "node:crypto";
import type { Env } from "@/lib/env";
import { demoRegisterRefusal, startDemoRegister } from "@/lib/register/demo";
import type { LoopbackRegister } from "@/lib/register/loopback-server";

/** Starts it when POPULATION_REGISTER_DEMO=1; throws the refusal when it may not run here. */
export async function startDemoRegisterFor(
  e: Pick<
    Env,
    "POPULATION_REGISTER_DEMO" | "POPULATION_REGISTER_URL" | "POPULATION_REGISTER_TOKEN" | "PUBLIC_URL"
  >,
): Promise<LoopbackRegister | null> {
  if (e.POPULATION_REGISTER_DEMO !== "1") return null;
  const refusal = demoRegisterRefusal(e);
  if (refusal) throw new Error(refusal);
  const token = randomBytes(24).toString("hex");
  const register = await startDemoRegister(token);
  // Read by Next's copy of lib/env in this process (it parses the environment on first use).
  process.env.POPULATION_REGISTER_URL = register.url;
  process.env.POPULATION_REGISTER_TOKEN = token;
  return register;
}
