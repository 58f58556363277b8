// The production path to the population register: one POST with the bearer token and a timeout.
// Never throws: a register that is down, slow, refuses the token or answers something that is no
// household comes back as "unavailable", and the request goes to burgerzaken as before.
import "server-only";
import { logError } from "@/lib/log";
import {
  HOUSEHOLD_PATH,
  type PopulationRegister,
  REGISTER_SOURCE,
  type RegisterAnswer,
  householdAnswerSchema,
} from "./household";

const TIMEOUT_MS = 8_000;

export function httpPopulationRegister(config: {
  url: string;
  token: string;
  timeoutMs?: number;
  source?: string;
}): PopulationRegister {
  const endpoint = new URL(HOUSEHOLD_PATH.slice(1), config.url.endsWith("/") ? config.url : `${config.url}/`);
  return {
    source: config.source ?? REGISTER_SOURCE,
    async householdOf(nationalNumber): Promise<RegisterAnswer> {
      let res: Response;
      try {
        res = await fetch(endpoint, {
          method: "POST",
          headers: {
            authorization: `Bearer ${config.token}`,
            "content-type": "application/json",
            accept: "application/json",
          },
          // In the body, not the path: a national number does not belong in access logs.
          body: JSON.stringify({ nationalNumber }),
          signal: AbortSignal.timeout(config.timeoutMs ?? TIMEOUT_MS),
          redirect: "error",
        });
      } catch (error) {
        logError("register", "bevolkingsregister niet bereikbaar", error);
        return { kind: "unavailable", reason: "unreachable" };
      }
      if (res.status === 404) {
        await res.body?.cancel();
        return { kind: "not-found" };
      }
      if (!res.ok) {
        await res.body?.cancel();
        logError("register", `bevolkingsregister antwoordde ${res.status}`);
        return { kind: "unavailable", reason: "unreachable" };
      }
      const body: unknown = await res.json().catch(() => undefined);
      const parsed = householdAnswerSchema.safeParse(body);
      if (!parsed.success) {
        logError("register", "bevolkingsregister gaf een onbruikbaar antwoord");
        return { kind: "unavailable", reason: "malformed" };
      }
      return { kind: "found", household: parsed.data };
    },
  };
}
