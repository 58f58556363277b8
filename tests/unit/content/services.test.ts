// The service cards on / and /diensten and the back office's sections: a service that is online is
// reached directly, never through a "Nog niet online" or "In opbouw" page.
import { describe, expect, it } from "vitest";
import { services, serviceHref } from "@/content/services";
import { EVENT_PRODUCT } from "@/lib/events/workflow";
import { permissionsFor } from "@/lib/auth/permissions";
import { sectionHref, sectionsFor } from "@/lib/staff/sections";

describe("service cards", () => {
  it("lead the event notification to its e-loket product, not to the coming-soon page", () => {
    const event = services.find((s) => s.slug === "evenementen")!;
    expect(serviceHref(event)).toBe(`/loket/${EVENT_PRODUCT}`);
  });

  it("send no card to the coming-soon page now that every service is online", () => {
    const coming = services.filter((s) => serviceHref(s).startsWith("/diensten/")).map((s) => s.slug);
    expect(coming).toEqual([]);
  });
});

describe("back-office sections", () => {
  it("open the event team's work in the case inbox instead of an 'In opbouw' page", () => {
    const events = sectionsFor(permissionsFor(["EVENTS"])).find((s) => s.slug === "evenementen")!;
    expect(events.ready).toBe(true);
    expect(sectionHref(events)).toBe("/beheer/aanvragen?team=evenementen");
  });
});
