// The demo's practice population register: made-up households on loopback, so a demo visitor sees
// the instant attest. Only with the embedded demo database and on a local address (like the payment
// sandbox); the attest names it as its source, so no one mistakes it for the real register.
import { isLoopbackHost } from "@/lib/payments/sandbox/guard";
import type { Env } from "@/lib/env";
import type { Household } from "./household";
import { type LoopbackRegister, startLoopbackRegister } from "./loopback-server";

export const DEMO_REGISTER_SOURCE = "oefenregister van de demo (geen echt bevolkingsregister)";

/** The national numbers the demo seed records for its residents, as if read from their eID. */
export const DEMO_NATIONAL_NUMBERS: Record<string, string> = {
  "an.peeters@example.be": "84031512249",
};

// An Peeters typed two children into her profile; the register also knows her partner.
const HOUSEHOLDS: Record<string, Household> = {
  "84031512249": {
    address: {
      street: "Stationsstraat",
      houseNumber: "42",
      box: null,
      postcode: "8750",
      municipality: "Wingene",
    },
    members: [
      { name: "An Peeters", birthDate: "1984-03-15", relation: "referentiepersoon" },
      { name: "Tom Claeys", birthDate: "1982-11-02", relation: "partner" },
      { name: "Lotte Claeys", birthDate: "2016-04-12", relation: "dochter" },
      { name: "Wout Claeys", birthDate: "2019-09-03", relation: "zoon" },
    ],
  },
};

type DemoEnv = Pick<
  Env,
  "POPULATION_REGISTER_DEMO" | "POPULATION_REGISTER_URL" | "POPULATION_REGISTER_TOKEN" | "PUBLIC_URL"
>;

/** Why the practice register may not run with this environment, in Dutch; null when it may (or is off). */
export function demoRegisterRefusal(e: DemoEnv): string | null {
  if (e.POPULATION_REGISTER_DEMO !== "1") return null;
  if (e.POPULATION_REGISTER_URL || e.POPULATION_REGISTER_TOKEN)
    return "POPULATION_REGISTER_DEMO=1 samen met een echt bevolkingsregister: verwijder een van beide.";
  if (!isLoopbackHost(new URL(e.PUBLIC_URL).hostname))
    return `POPULATION_REGISTER_DEMO=1 kan alleen op een lokaal adres (localhost, 127.0.0.1), niet op ${e.PUBLIC_URL}: een bereikbaar loket geeft geen attesten uit verzonnen gegevens.`;
  return null;
}

export function startDemoRegister(token: string): Promise<LoopbackRegister> {
  return startLoopbackRegister({
    token: () => token,
    answer: (nationalNumber) => {
      const household = HOUSEHOLDS[nationalNumber];
      return household ? { status: 200, body: household } : { status: 404, body: { error: "onbekend" } };
    },
  });
}
