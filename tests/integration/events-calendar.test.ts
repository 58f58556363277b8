// The event dossiers as staff plan with them: the day and risk stored at submission, the inbox by
// risk, the month calendar in the team's scope, the police export (recorded), and the reminders
// to advisors the day before advice is due and the day after it is late, each sent once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { caseInboxFilter } from "@/lib/cases/inbox-filter";
import { listCaseInbox } from "@/lib/cases/queries/staff";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { AppError } from "@/lib/errors";
import { requestAdvice, answerAdvice } from "@/lib/events/commands/advice";
import { sendAdviceReminders } from "@/lib/events/commands/advice-reminders";
import { exportEventsForPolice, policeExportRange } from "@/lib/events/police-export";
import { eventsInRange } from "@/lib/events/queries/calendar";
import { seed } from "@/prisma/seed";
import {
  contextFor,
  eventVersion,
  fileFuif,
  fuifPages,
  officerOfNewAssociation,
  savePosted,
} from "./events-fixtures";

beforeAll(async () => {
  await seed(db);
});

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

async function fileRace(start: string) {
  const { association, officer } = await officerOfNewAssociation("Wielerclub Test");
  const context = contextFor([association]);
  const pages = fuifPages(association.id, { streets: "Rondom de kerk", start });
  pages.evenement.eventType = "wielerwedstrijd";
  pages.evenement.eventName = "Kermiskoers";
  for (const [page, posted] of Object.entries(pages)) {
    const result = await savePosted(officer.id, context, page, posted);
    if (!result.ok) throw new Error(`${page}: ${JSON.stringify(result.issues)}`);
  }
  const { version } = await eventVersion();
  return submitDraft(db, { userId: officer.id, versionId: version.id, context });
}

async function fuif(start: string) {
  const { association, officer } = await officerOfNewAssociation();
  return fileFuif(officer.id, contextFor([association]), association.id, { streets: "Markt", start });
}

describe("day and risk of an event dossier", () => {
  it("stores the first day and the risk category the form's rules derive at submission", async () => {
    const filed = await fuif("2027-07-03");
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(c.subjectDay?.toISOString().slice(0, 10)).toBe("2027-07-03");
    // A fuif on the public domain is a large event by the seeded rules.
    expect([c.riskLabel, c.riskLevel]).toEqual(["Groot evenement", 2]);
  });

  it("orders the inbox by risk when asked: a cycling race before a fuif, though the fuif is due first", async () => {
    const early = await fuif("2027-07-04");
    const race = await fileRace("2027-09-12");
    const staff = await userId("evenementen@wingene.be");
    const order = async (volgorde?: string) => {
      const ids: string[] = [];
      for (let pagina = 1; ; pagina++) {
        const page = await listCaseInbox(staff, caseInboxFilter({ volgorde, pagina: String(pagina) }));
        ids.push(...page.rows.map((r) => r.id));
        if (pagina >= page.pages) break;
      }
      return ids.filter((id) => id === early.id || id === race.id);
    };
    expect(await order()).toEqual([early.id, race.id]);
    expect(await order("risico")).toEqual([race.id, early.id]);
  });
});

describe("calendar and police export", () => {
  it("lists the month's events with their answers as text, only for staff of the events team", async () => {
    const filed = await fuif("2027-08-14");
    const range = { from: "2027-08-01", to: "2027-08-31" };
    const seen = await eventsInRange(await userId("evenementen@wingene.be"), range);
    const row = seen.find((e) => e.id === filed.id);
    expect([row?.text("eventName"), row?.text("streets"), row?.text("visitors"), row?.risk]).toEqual([
      "Zomerfuif",
      "Markt",
      "400",
      "Groot evenement",
    ]);
    const desk = await eventsInRange(await userId("onthaal@wingene.be"), range);
    expect(desk.find((e) => e.id === filed.id)).toBeUndefined();
  });

  it("exports the period as CSV with the contact phone and records who exported it", async () => {
    const filed = await fuif("2027-10-09");
    const staff = await userId("evenementen@wingene.be");
    const { csv, fileName } = await exportEventsForPolice(staff, { from: "2027-10-01", to: "2027-10-31" });
    const line = csv.split("\r\n").find((l) => l.startsWith(filed.number));
    expect(line).toContain("Zomerfuif");
    expect(line).toContain("0478 12 34 56");
    expect(fileName).toBe("evenementen-2027-10-01-2027-10-31.csv");
    const audit = await db.auditLog.findFirst({
      where: { actorId: staff, action: "events.police-exported" },
      orderBy: { at: "desc" },
    });
    expect(audit?.details).toMatchObject({ from: "2027-10-01", to: "2027-10-31" });
  });

  it("refuses a reversed or over-long period with a Dutch message", () => {
    const ask = (q: string) => () => policeExportRange(new URLSearchParams(q), "2027-01-01");
    expect(ask("van=2027-05-01&tot=2027-04-01")).toThrow(AppError);
    expect(ask("van=2027-01-01&tot=2028-06-01")).toThrow(/hoogstens een jaar/);
    expect(ask("van=2027-02-30")).toThrow(AppError);
    expect(policeExportRange(new URLSearchParams(""), "2027-01-01")).toEqual({
      from: "2027-01-01",
      to: "2027-04-01",
    });
  });
});

describe("advice reminders", () => {
  const advisor = "preventie@brandweerzonemidwest.be";

  async function askFireService(dueOn: string) {
    const filed = await fuif("2027-06-26");
    const staff = await userId("evenementen@wingene.be");
    await requestAdvice(db, {
      caseId: filed.id,
      actorId: staff,
      body: "brandweer",
      pages: ["constructies"],
      question: "Is de tent veilig?",
      dueOn,
    });
    return { filed, advice: await db.caseAdvice.findFirstOrThrow({ where: { caseId: filed.id } }) };
  }

  const mailsAbout = (number: string, to: string) =>
    db.mailMessage.findMany({ where: { to, subject: { contains: number } }, orderBy: { createdAt: "asc" } });

  it("reminds the advisors the day before the advice is due, once however often the job runs", async () => {
    const { filed } = await askFireService("2027-03-17");
    const morning = new Date("2027-03-16T07:15:00Z");
    await sendAdviceReminders(db, morning);
    await sendAdviceReminders(db, morning);
    const subjects = (await mailsAbout(filed.number, advisor)).map((m) => m.subject);
    expect(subjects.filter((s) => s.startsWith("Herinnering"))).toHaveLength(1);
  });

  it("tells the advisors and the staff member who asked when the advice is a day late", async () => {
    const { filed } = await askFireService("2027-03-24");
    await sendAdviceReminders(db, new Date("2027-03-25T07:15:00Z"));
    await sendAdviceReminders(db, new Date("2027-03-26T07:15:00Z"));
    const late = (await mailsAbout(filed.number, advisor)).filter((m) => m.subject.includes("te laat"));
    expect(late).toHaveLength(1);
    const staffMails = await mailsAbout(filed.number, "evenementen@wingene.be");
    expect(staffMails.filter((m) => m.subject.includes("te laat"))).toHaveLength(1);
  });

  it("sends nothing for advice already given", async () => {
    const { filed, advice } = await askFireService("2027-03-31");
    await answerAdvice(db, {
      adviceId: advice.id,
      userId: await userId(advisor),
      verdict: "FAVOURABLE",
      answer: "In orde.",
    });
    await sendAdviceReminders(db, new Date("2027-03-30T07:15:00Z"));
    await sendAdviceReminders(db, new Date("2027-04-01T07:15:00Z"));
    const reminders = (await mailsAbout(filed.number, advisor)).filter(
      (m) => !m.subject.startsWith("Adviesvraag"),
    );
    expect(reminders).toEqual([]);
  });
});
