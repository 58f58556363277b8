import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { sendContactMessage } from "@/lib/contact/commands";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

describe("contact form", () => {
  it("sends the message to the municipality and a confirmation to the sender", async () => {
    const email = `bezoeker-${randomUUID()}@example.be`;
    await sendContactMessage(
      { name: "Bea Bezoeker", email, message: "Wanneer is het containerpark open?" },
      null,
    );
    const forwarded = await db.mailMessage.findFirstOrThrow({
      where: { to: "info@wingene.be", text: { contains: email } },
    });
    expect(forwarded).toMatchObject({
      status: "SENT",
      subject: "Contactformulier: bericht van Bea Bezoeker",
    });
    const receipt = await db.mailMessage.findFirstOrThrow({ where: { to: email } });
    expect(receipt.status).toBe("SENT");
    expect(receipt.subject).toContain("We ontvingen je bericht");
  });
});

describe("/api/health", () => {
  it("answers 200 with the database status", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });
});
