// The body UiTdatabank's "create event" receives for an approved dossier, as a table of cases: one
// day is "single", more days "periodic" from 00:00 on the first to 23:59 on the last day in Brussels
// time (summer and winter offsets); the description gathers the description, hours and streets;
// without a name or a first day there is nothing to publish; only a public event with the organiser's
// yes may be published.
import { describe, expect, it } from "vitest";
import { eventJsonLd, mayPublish } from "@/lib/events/uitdatabank/json-ld";

const placeUrl = "https://io.uitdatabank.be/places/wingene";
const base = { eventName: "Zomerfuif", eventStart: "2027-06-19", eventEnd: "2027-06-19" };

describe("the UiTdatabank body of an event", () => {
  it.each([
    {
      name: "one summer day",
      answers: base,
      expected: {
        calendarType: "single",
        startDate: "2027-06-18T22:00:00.000Z",
        endDate: "2027-06-19T21:59:00.000Z",
      },
    },
    {
      name: "three winter days",
      answers: { ...base, eventStart: "2027-01-08", eventEnd: "2027-01-10" },
      expected: {
        calendarType: "periodic",
        startDate: "2027-01-07T23:00:00.000Z",
        endDate: "2027-01-10T22:59:00.000Z",
      },
    },
    {
      name: "no last day (read as the first)",
      answers: { eventName: "Markt", eventStart: "2027-03-06" },
      expected: {
        calendarType: "single",
        startDate: "2027-03-05T23:00:00.000Z",
        endDate: "2027-03-06T22:59:00.000Z",
      },
    },
  ])("$name", ({ answers, expected }) => {
    const body = eventJsonLd({ answers, termId: "0.28.0.0.0", placeUrl });
    expect(body).toMatchObject({
      ...expected,
      mainLanguage: "nl",
      terms: [{ id: "0.28.0.0.0" }],
      location: { "@id": placeUrl },
      audience: { audienceType: "everyone" },
    });
  });

  it.each([
    { answers: { ...base, description: " Fuif met dj. " }, description: "Fuif met dj." },
    {
      answers: { ...base, description: "Fuif.", hours: "van 21 tot 3 uur", streets: "Markt" },
      description: "Fuif.\n\nUren: van 21 tot 3 uur\n\nWaar: Markt",
    },
    { answers: base, description: undefined },
  ])(
    "joins description, hours and streets into the description: $description",
    ({ answers, description }) => {
      const body = eventJsonLd({ answers, termId: "t", placeUrl });
      expect(body?.description?.nl).toBe(description);
      expect(body?.name).toEqual({ nl: "Zomerfuif" });
    },
  );

  it.each([
    { name: "no name", answers: { ...base, eventName: "  " } },
    { name: "no first day", answers: { eventName: "Fuif" } },
    { name: "a first day that is no date", answers: { ...base, eventStart: "morgen" } },
  ])("has nothing to publish with $name", ({ answers }) => {
    expect(eventJsonLd({ answers, termId: "t", placeUrl })).toBeNull();
  });

  it.each([
    { access: "publiek", uitPublish: true, may: true },
    { access: "publiek", uitPublish: false, may: false },
    { access: "publiek", uitPublish: undefined, may: false },
    { access: "uitnodiging", uitPublish: true, may: false },
  ])("may publish a $access event with consent $uitPublish: $may", ({ access, uitPublish, may }) => {
    expect(mayPublish({ access, ...(uitPublish === undefined ? {} : { uitPublish }) })).toBe(may);
  });
});
