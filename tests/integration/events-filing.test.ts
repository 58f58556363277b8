// Filing an event notification on the e-loket's engine: the draft resumed on another device, an
// association the user is no officer of refused, dates out of order and a fake PDF refused with
// nothing stored, a second submit told it went through, copying last year's event, and the warning
// when the place is taken that day.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { copyCaseToDraft } from "@/lib/eloket/commands/copy";
import { IncompleteDraft, submitDraft } from "@/lib/eloket/commands/submit";
import { getFiling } from "@/lib/eloket/queries/filing";
import { eventClashes } from "@/lib/events/clash";
import { EVENT_PRODUCT } from "@/lib/events/workflow";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { associationOption, pageState, withOptions } from "@/lib/form-engine";
import { seed } from "@/prisma/seed";
import {
  contextFor,
  eventVersion,
  fileFuif,
  fuifPages,
  officerOfNewAssociation,
  plainResident,
  savePosted,
  today,
} from "./events-fixtures";
import { eveningBooking, hall } from "./halls-fixtures";

beforeAll(async () => {
  await seed(db);
});

describe("the event wizard's draft", () => {
  it("keeps answers per step and resumes them on another device, steps marked done", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const context = contextFor([association]);
    const pages = fuifPages(association.id, { streets: "Markt", start: "2027-06-19" });
    await savePosted(officer.id, context, "organisator", pages.organisator);
    await savePosted(officer.id, context, "evenement", pages.evenement);
    // "Another device": nothing but the user id, read fresh from the database.
    const filing = await getFiling(officer.id, EVENT_PRODUCT);
    expect(filing?.draft?.pagesDone).toEqual(["organisator", "evenement"]);
    expect(filing?.draft?.answers).toMatchObject({ eventName: "Zomerfuif", eventStart: "2027-06-19" });
    const def = withOptions(filing!.version.definition, contextFor([association]));
    const state = (key: string) =>
      pageState(
        def,
        filing!.draft!.answers,
        filing!.draft!.pagesDone,
        def.pages.find((p) => p.key === key)!,
        {
          current: "locatie",
          today,
        },
      );
    expect([state("organisator"), state("evenement"), state("publiek")]).toEqual([
      "done",
      "done",
      "notStarted",
    ]);
  });

  it("refuses an association the user is not an officer of, on the organiser step, storing nothing", async () => {
    const { association } = await officerOfNewAssociation("Andermans club");
    const user = await plainResident();
    const result = await savePosted(user.id, contextFor([]), "organisator", {
      ...fuifPages(association.id, { streets: "Markt", start: "2027-06-19" }).organisator,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["organiser", 'Maak een keuze bij "Wie organiseert het evenement?".'],
    ]);
    expect(await db.caseDraft.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses at submit an association the user stopped being an officer of", async () => {
    const { association, officer } = await officerOfNewAssociation();
    await expect(fileFuif(officer.id, contextFor([association]), association.id)).resolves.toBeDefined();
    const second = await officerOfNewAssociation();
    const pages = fuifPages(second.association.id, { streets: "Markt", start: "2027-07-03" });
    for (const [page, posted] of Object.entries(pages))
      await savePosted(second.officer.id, contextFor([second.association]), page, posted);
    const { version } = await eventVersion();
    await expect(
      submitDraft(db, { userId: second.officer.id, versionId: version.id, context: contextFor([]) }),
    ).rejects.toMatchObject({ page: "organisator" });
    await expect(
      submitDraft(db, { userId: second.officer.id, versionId: version.id, context: contextFor([]) }),
    ).rejects.toBeInstanceOf(IncompleteDraft);
  });

  it("refuses an end before the start and a set-up after it, with the message on the step; the draft keeps what it had", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const context = contextFor([association]);
    const pages = fuifPages(association.id, { streets: "Markt", start: "2027-06-19" });
    await savePosted(officer.id, context, "evenement", pages.evenement);
    const bad = await savePosted(officer.id, context, "evenement", {
      ...pages.evenement,
      eventEnd: "2027-06-18",
      setupDate: "2027-06-20",
      breakdownDate: "2027-06-20",
    });
    expect(!bad.ok && bad.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["eventEnd", '"Laatste dag" kan niet vóór "Eerste dag" liggen.'],
      ["setupDate", '"Opbouw vanaf" kan niet na "Eerste dag" liggen.'],
    ]);
    const filing = await getFiling(officer.id, EVENT_PRODUCT);
    expect(filing?.draft?.answers).toMatchObject({ eventEnd: "2027-06-19", setupDate: "2027-06-19" });
  });

  it("asks the noise category only with amplified music, and requires it then", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const context = contextFor([association]);
    const quiet = await savePosted(officer.id, context, "geluid", { music: "nee", noiseCategory: "3" });
    expect(quiet.ok && quiet.saved.answers).toMatchObject({ music: false });
    expect(quiet.ok && "noiseCategory" in quiet.saved.answers).toBe(false);
    const loud = await savePosted(officer.id, context, "geluid", {
      music: "ja",
      amplified: "ja",
      musicUntil: "1u",
    });
    expect(!loud.ok && loud.issues.map((i) => i.path[0])).toEqual(["noiseCategory"]);
  });

  it("refuses an insurance 'PDF' whose bytes are no PDF, on its field, storing no file", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const fake = new File([Buffer.from("<html>geen pdf</html>")], "verzekering.pdf", {
      type: "application/pdf",
    });
    const before = await db.storedFile.count({ where: { uploadedById: officer.id } });
    await expect(
      savePosted(officer.id, contextFor([association]), "bijlagen", {
        ...fuifPages(association.id, { streets: "Markt", start: "2027-06-19" }).bijlagen,
        insurance: fake,
      }),
    ).rejects.toMatchObject({ field: "insurance" });
    expect(await db.storedFile.count({ where: { uploadedById: officer.id } })).toBe(before);
  });

  it("tells a second submit of the same dossier that it went through, with its number", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const context = contextFor([association]);
    const first = await fileFuif(officer.id, context, association.id);
    const { version } = await eventVersion();
    await expect(submitDraft(db, { userId: officer.id, versionId: version.id, context })).rejects.toThrow(
      `Deze aanvraag is al verstuurd, met referentie ${first.number}.`,
    );
    expect(await db.case.count({ where: { applicantId: officer.id } })).toBe(1);
  });
});

describe("the dossier's due date", () => {
  it("is the day before an event that comes sooner than the service level, so the inbox shows it first", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const todayKey = brusselsParts(new Date()).dateKey;
    const start = addBrusselsDays(todayKey, 10);
    const filed = await fileFuif(officer.id, contextFor([association]), association.id, {
      streets: "Markt",
      start,
    });
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(c.dueOn.toISOString().slice(0, 10)).toBe(addBrusselsDays(start, -1));
  });
});

describe("copy last year's event", () => {
  it("gives another officer of the association a draft with everything but the dates and the files", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const filed = await fileFuif(officer.id, contextFor([association]), association.id);
    const colleague = await plainResident();
    await db.associationMember.create({
      data: { associationId: association.id, userId: colleague.id, role: "MANAGER" },
    });
    await copyCaseToDraft(db, { userId: colleague.id, caseId: filed.id, officerOf: [association.id] });
    const filing = await getFiling(colleague.id, EVENT_PRODUCT);
    const answers = filing!.draft!.answers;
    expect(answers).toMatchObject({
      organiser: associationOption(association.id),
      eventName: "Zomerfuif",
      noiseCategory: "2",
      structures: ["tent"],
    });
    for (const gone of ["eventStart", "eventEnd", "setupDate", "breakdownDate", "sitePlan", "insurance"])
      expect(answers, gone).not.toHaveProperty(gone);
    expect(filing!.draft!.pagesDone).toEqual([]);
  });

  it("does not copy someone else's dossier: not found, no draft", async () => {
    const { association, officer } = await officerOfNewAssociation();
    const filed = await fileFuif(officer.id, contextFor([association]), association.id);
    const stranger = await plainResident();
    await expect(
      copyCaseToDraft(db, { userId: stranger.id, caseId: filed.id, officerOf: [] }),
    ).rejects.toThrow("We vonden die eerdere aanvraag niet.");
    expect(await db.caseDraft.count({ where: { userId: stranger.id } })).toBe(0);
  });
});

describe("the place taken that day", () => {
  it("warns of another organiser's dossier on the same streets and overlapping days, not of one's own", async () => {
    const first = await officerOfNewAssociation();
    const streets = `Markt ${Date.now()}`;
    await fileFuif(first.officer.id, contextFor([first.association]), first.association.id, {
      streets,
      start: "2027-08-14",
    });
    const answers = {
      locationKind: "openbaar-domein",
      streets,
      eventStart: "2027-08-14",
      eventEnd: "2027-08-15",
    };
    expect(await eventClashes(answers, first.officer.id)).toEqual([]);
    const other = await plainResident();
    expect(await eventClashes(answers, other.id)).toEqual([
      "Op deze plaats is op 14/08/2027 al een ander evenement gemeld. De dienst Evenementen kijkt na of beide kunnen.",
    ]);
    expect(
      await eventClashes({ ...answers, eventStart: "2027-08-16", eventEnd: "2027-08-16" }, other.id),
    ).toEqual([]);
  });

  it("warns of a hall booking that holds the hall on one of the days, not of a cancelled one", async () => {
    const room = await hall();
    const user = await plainResident();
    const booking = (status: "APPROVED" | "CANCELLED", day: string) =>
      eveningBooking(room.id, user.id, day, status);
    await booking("APPROVED", "2027-09-11");
    await booking("CANCELLED", "2027-09-18");
    const at = (day: string) =>
      eventClashes({ locationKind: "zaal", hall: room.slug, eventStart: day, eventEnd: day }, user.id);
    expect(await at("2027-09-11")).toEqual([
      `${room.name} is op 11/09/2027 al gereserveerd. Kijk na of je evenement daar kan, of kies een andere plaats.`,
    ]);
    expect(await at("2027-09-18")).toEqual([]);
  });
});
