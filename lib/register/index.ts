// The population register of this installation: the HTTP client when POPULATION_REGISTER_URL and
// POPULATION_REGISTER_TOKEN are set, otherwise a register that is "not available" (no fake data
// outside the tests and the demo, which point the same variables at their own fake).
import "server-only";
import { env, populationRegisterConfig } from "@/lib/env";
import { DEMO_REGISTER_SOURCE } from "./demo";
import { type PopulationRegister, REGISTER_SOURCE } from "./household";
import { httpPopulationRegister } from "./http-client";

export type { Household, PopulationRegister, RegisterAnswer, RegisterUnavailable } from "./household";

const notAvailable: PopulationRegister = {
  source: REGISTER_SOURCE,
  householdOf: async () => ({ kind: "unavailable", reason: "not-configured" }),
};

export function populationRegister(): PopulationRegister {
  const e = env();
  const config = populationRegisterConfig(e);
  if (!config) return notAvailable;
  return httpPopulationRegister({
    ...config,
    source: e.POPULATION_REGISTER_DEMO === "1" ? DEMO_REGISTER_SOURCE : REGISTER_SOURCE,
  });
}
