// The event notification's workflow as rows (lib/cases reads it like any other): ingediend →
// in advies → goedgekeurd met voorwaarden | geweigerd, with "vraag van de gemeente" while a
// question to the organiser is open. "Concept" is the draft before it is submitted (CaseDraft).
import type { Db } from "@/lib/db/client";
import { ensureWorkflow, type WorkflowRows } from "@/lib/cases/default-workflow";

export const EVENTS_WORKFLOW = "events";
export const EVENTS_TEAM = "evenementen";
export const EVENT_PRODUCT = "evenement-melden";

export const eventsWorkflow: WorkflowRows = {
  id: EVENTS_WORKFLOW,
  name: "Evenementen",
  statuses: [
    { code: "SUBMITTED", label: "Ingediend", kind: "OPEN", initial: true },
    { code: "QUESTION", label: "Vraag van de gemeente", kind: "WAITING" },
    { code: "ADVICE", label: "In advies", kind: "OPEN" },
    { code: "APPROVED", label: "Goedgekeurd met voorwaarden", kind: "DECIDED" },
    { code: "REFUSED", label: "Geweigerd", kind: "DECIDED", refuses: true },
  ],
  transitions: [
    ["SUBMITTED", "QUESTION", "Vraag stellen"],
    ["SUBMITTED", "ADVICE", "Advies vragen"],
    ["ADVICE", "QUESTION", "Vraag stellen"],
    ["SUBMITTED", "APPROVED", "Goedkeuren met voorwaarden"],
    ["ADVICE", "APPROVED", "Goedkeuren met voorwaarden"],
    ["SUBMITTED", "REFUSED", "Weigeren"],
    ["ADVICE", "REFUSED", "Weigeren"],
  ],
};

/** Statuses reached only through their own command (advice asked, decision with conditions). */
export const eventOwnedStatuses: readonly string[] = ["ADVICE", "APPROVED", "REFUSED"];

export const ensureEventsWorkflow = (db: Db) => ensureWorkflow(db, eventsWorkflow);
