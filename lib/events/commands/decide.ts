// The college's decision on an event dossier: approved with conditions or refused, recorded as every
// case decision is (lib/cases/commands/decide.ts: once, through the workflow, with the refusal
// letter when refused; the status the staff member saw must still hold) and the organiser mailed,
// with the permit PDF (lib/pdf) attached when approved. An approved public event whose organiser
// agreed is queued for UiTdatabank in the same transaction when publishing is configured.
import "server-only";
import { staffCaseScope } from "@/lib/cases/access";
import { DECISION_REFUSALS, recordDecision } from "@/lib/cases/commands/decide";
import { lockedCase, mailAbout } from "@/lib/cases/load";
import { caseMessages } from "@/lib/cases/messages";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { type UitdatabankConfig, uitdatabankConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { DECISION_LABELS, type DecisionOutcome } from "../labels";
import { decisionMail } from "../mails";
import { eventMessages as m } from "../messages";
import { permitSpec } from "../pdf";
import { permitFactsOf } from "../queries/permit";
import { publishEvent, queuePublication } from "../uitdatabank/outbox";
import { EVENTS_WORKFLOW } from "../workflow";

export async function decideEvent(
  db: Db,
  input: {
    caseId: string;
    actorId: string;
    outcome: DecisionOutcome;
    conditions: string;
    seen: string;
    now?: Date;
    /** UiTdatabank publishing (lib/env); read from the environment when not given, null is off. */
    uitdatabank?: UitdatabankConfig | null;
  },
) {
  const now = input.now ?? new Date();
  const uit = input.uitdatabank === undefined ? uitdatabankConfig() : input.uitdatabank;
  let queued = false;
  const mailIds = await transaction(
    db,
    async (tx) => {
      const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
      if (c.workflowId !== EVENTS_WORKFLOW) throw new AppError("CONFLICT", m.notAnEvent);
      if (c.status !== input.seen) throw new AppError("CONFLICT", caseMessages.movedMeanwhile);
      await recordDecision(tx, c, {
        outcome: input.outcome,
        reason: input.conditions,
        actorId: input.actorId,
        now,
      });
      if (input.outcome === "APPROVED") queued = await queuePublication(tx, c, uit, now);
      const about = mailAbout(c);
      if (!about) return [];
      const facts = await permitFactsOf(tx, c.id);
      const permit =
        input.outcome === "APPROVED" && facts
          ? {
              filename: `toelating-${c.number}.pdf`,
              contentType: "application/pdf",
              content: (await renderPdf(permitSpec(facts), await getPdfIdentity(tx))).toString("base64"),
              encoding: "base64" as const,
            }
          : undefined;
      const mail = decisionMail({
        ...about,
        event: facts?.event ?? c.product.name,
        outcome: DECISION_LABELS[input.outcome],
        conditions: input.conditions,
        permit,
      });
      return [await queueMail(tx, mail)];
    },
    { refusals: DECISION_REFUSALS },
  );
  await deliverQueued(db, mailIds);
  // After commit, like the mail: a failed publication waits for the job and never undoes the decision.
  if (queued && uit)
    await publishEvent(db, input.caseId, uit, now).catch((error) =>
      logError("uitdatabank", "publicatie", error),
    );
}
