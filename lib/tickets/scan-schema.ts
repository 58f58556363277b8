// Scanning tickets at the door: the one request schema (typed form, camera, API) and the answer
// the door sees. No server imports here, because the scanner's client components use both.
import { z } from "zod";
import type { ScanResult } from "@/generated/prisma/enums";
import { ticketMessages } from "./messages";

export type ScanResultCode = ScanResult;

/** What a phone calls itself until someone names it; the name lands in the scan log. */
export const DEFAULT_DEVICE = "Toestel 1";
export const DEVICE_MAX = 40;

const CODE_MISSING = "Vul de code van het ticket in.";
const DEVICE_MISSING = "Geef dit toestel een naam, bijvoorbeeld 'Ingang links'.";
const PERFORMANCE_MISSING = "Kies eerst een voorstelling.";

export const scanRequestSchema = z.object(
  {
    // Long enough for a whole URL, should the QR ever hold one; scanTicket takes the code out of it.
    code: z
      .string({ error: CODE_MISSING })
      .trim()
      .min(1, CODE_MISSING)
      .max(500, "Dit is te lang voor een ticketcode; een code telt 27 tekens."),
    performanceId: z
      .string({ error: PERFORMANCE_MISSING })
      .trim()
      .min(1, PERFORMANCE_MISSING)
      .max(40, ticketMessages.performanceNotFound),
    device: z
      .string({ error: DEVICE_MISSING })
      .trim()
      .min(1, DEVICE_MISSING)
      .max(DEVICE_MAX, `Gebruik voor de naam van het toestel maximaal ${DEVICE_MAX} tekens.`),
  },
  { error: "Stuur een code, een voorstelling en de naam van het toestel." },
);

export type ScanRequest = z.output<typeof scanRequestSchema>;

/** The answer of the API and of the typed-code action: plain JSON, instants as ISO strings. */
export type ScanResponse = {
  result: ScanResultCode;
  /** One or two words, shown huge: "Geldig", "Al gebruikt", "Onbekend ticket". */
  headline: string;
  /** The full sentence, e.g. "Al gebruikt om 19:42 door toestel 'Ingang links'". */
  message: string;
  code: string;
  device: string;
  at: string;
  ticket?: { typeLabel: string; performanceTitle: string; performanceStartsAt: string };
  admittedAt?: string;
  admittedBy?: string;
  /** The performance being scanned, after this scan. */
  counts: { admitted: number; total: number };
};
