import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverMail, deliverPendingMail, queueMail } from "@/lib/mail/outbox";

const mailbox = () => path.resolve(process.env.MAILBOX_DIR!);
const filesFor = async (id: string) =>
  (await readdir(mailbox()).catch(() => [] as string[])).filter((f) => f.includes(id));

describe("mail outbox", () => {
  it("delivers a queued message into the local mailbox as .eml and .json", async () => {
    const id = await queueMail(db, { to: "ria@example.be", subject: "Test één", text: "Hallo" });
    expect(await deliverMail(db, id)).toBe(true);
    const files = await filesFor(id);
    expect(files.map((f) => path.extname(f)).sort()).toEqual([".eml", ".json"]);
    const json = JSON.parse(
      await readFile(
        path.join(
          mailbox(),
          files.find((f) => f.endsWith(".json"))!,
        ),
        "utf8",
      ),
    );
    expect(json).toMatchObject({ to: "ria@example.be", subject: "Test één", text: "Hallo" });
    expect((await db.mailMessage.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
  });

  it("sends a message once even when two deliveries race for it", async () => {
    const id = await queueMail(db, { to: "race@example.be", subject: "Race", text: "Eén keer" });
    const results = await Promise.all([deliverMail(db, id), deliverMail(db, id), deliverMail(db, id)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await filesFor(id)).toHaveLength(2);
  });

  it("leaves nothing pending after the outbox job has run", async () => {
    await queueMail(db, { to: "job@example.be", subject: "Job", text: "Later" });
    await deliverPendingMail(db);
    expect(await db.mailMessage.count({ where: { status: "PENDING", to: "job@example.be" } })).toBe(0);
  });

  it("keeps a queued message when the transaction that queued it rolls back", async () => {
    const subject = `Rollback ${Date.now()}`;
    await db
      .$transaction(async (tx) => {
        await queueMail(tx, { to: "nobody@example.be", subject, text: "x" });
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await db.mailMessage.count({ where: { subject } })).toBe(0);
  });
});
