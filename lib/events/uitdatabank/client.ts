// UiTdatabank's Entry API over HTTP (fetch): a token from the client credentials (OAuth2
// client_credentials, audience publiq's API), then POST <entry>/events. Any answer other than a
// token or a 201 with an id is an error with a short Dutch-readable reason for the staff page.
import "server-only";
import type { UitdatabankConfig } from "@/lib/env";
import type { UitEventBody } from "./json-ld";

const TIMEOUT_MS = 10_000;

export class UitdatabankError extends Error {}

async function reason(response: Response) {
  const body = (await response.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 200);
  return `HTTP ${response.status}${body ? ` (${body})` : ""}`;
}

async function accessToken(config: UitdatabankConfig): Promise<string> {
  const response = await fetch(config.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: config.clientId,
      client_secret: config.clientSecret,
      audience: "https://api.publiq.be",
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new UitdatabankError(`geen toegang: ${await reason(response)}`);
  const json = (await response.json().catch(() => null)) as { access_token?: unknown } | null;
  if (typeof json?.access_token !== "string")
    throw new UitdatabankError("geen toegang: antwoord zonder token");
  return json.access_token;
}

export const placeUrl = (config: UitdatabankConfig) =>
  `${config.entryUrl.replace(/\/$/, "")}/places/${encodeURIComponent(config.placeId)}`;

/** Creates the event; returns UiTdatabank's id for it. Throws UitdatabankError otherwise. */
export async function createUitEvent(config: UitdatabankConfig, body: UitEventBody): Promise<string> {
  const token = await accessToken(config);
  const response = await fetch(`${config.entryUrl.replace(/\/$/, "")}/events`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status !== 201 && response.status !== 200)
    throw new UitdatabankError(`niet aanvaard: ${await reason(response)}`);
  const json = (await response.json().catch(() => null)) as { id?: unknown } | null;
  if (typeof json?.id !== "string" || !/^[\w-]{1,100}$/.test(json.id))
    throw new UitdatabankError("antwoord zonder id van het evenement");
  return json.id;
}
