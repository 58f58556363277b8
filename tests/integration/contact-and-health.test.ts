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

  it("reports the mail waiting in the outbox and how long the oldest has waited", async () => {
    const before = (await (await health()).json()).mail;
    await db.mailMessage.create({
      data: {
        to: "wachtrij@example.be",
        subject: "Wacht",
        html: "<p>x</p>",
        text: "x",
        createdAt: new Date(Date.now() - 45 * 60_000),
      },
    });
    const body = await (await health()).json();
    expect(body.mail.pending).toBe(before.pending + 1);
    expect(body.mail.oldestPendingMinutes).toBeGreaterThanOrEqual(45);
    expect(JSON.stringify(body)).not.toContain("wachtrij@example.be");
  });
});
