// The population register of this installation: the HTTP client when POPULATION_REGISTER_URL and
// POPULATION_REGISTER_TOKEN are set, otherwise a register that is "not available" (no fake data
// outside the tests and the demo, which point the same variables at their own fake).
import "server-only";
import { populationRegisterConfig } from "@/lib/env";
import type { PopulationRegister } from "./household";
import { httpPopulationRegister } from "./http-client";

export type { Household, PopulationRegister, RegisterAnswer, RegisterUnavailable } from "./household";

const notAvailable: PopulationRegister = {
  householdOf: async () => ({ kind: "unavailable", reason: "not-configured" }),
};

export function populationRegister(): PopulationRegister {
  const config = populationRegisterConfig();
  return config ? httpPopulationRegister(config) : notAvailable;
}
