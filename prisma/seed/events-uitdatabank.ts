// Which UiTdatabank event type each "Soort evenement" of the form is published as (UiTdatabank's
// taxonomy of event types, https://taxonomy.uitdatabank.be); data, so the dienst changes it without
// code. Only read when UiTdatabank publishing is configured (lib/env.ts, README).
import type { Db } from "@/lib/db/client";

export const uitdatabankEventTypes = [
  { eventType: "fuif", termId: "0.28.0.0.0", label: "Party of fuif" },
  { eventType: "buurtfeest", termId: "0.57.0.0.0", label: "Kermis of feestelijkheid" },
  { eventType: "markt", termId: "0.37.0.0.0", label: "Markt, braderie of kermis" },
  { eventType: "wielerwedstrijd", termId: "0.59.0.0.0", label: "Sportactiviteit" },
  { eventType: "sportevenement", termId: "0.59.0.0.0", label: "Sportactiviteit" },
  { eventType: "concert", termId: "0.50.4.0.0", label: "Concert" },
  { eventType: "optocht", termId: "0.57.0.0.0", label: "Kermis of feestelijkheid" },
  { eventType: "andere", termId: "0.57.0.0.0", label: "Kermis of feestelijkheid" },
];

export async function seedUitdatabankEventTypes(db: Db) {
  await db.uitdatabankEventType.createMany({ data: uitdatabankEventTypes, skipDuplicates: true });
}
