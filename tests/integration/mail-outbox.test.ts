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

  it("delivers what is still pending when the outbox job runs", async () => {
    const id = await queueMail(db, { to: "job@example.be", subject: "Job", text: "Later" });
    expect(await deliverPendingMail(db)).toBeGreaterThanOrEqual(1);
    expect((await db.mailMessage.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
    expect(await filesFor(id)).toHaveLength(2);
  });

  // The outbox's promise: a message queued by a write that fails is never sent. The bug this
  // catches is queueMail writing outside the caller's transaction (through the global client):
  // the message would be visible to others at once and survive the rollback.
  it("drops a message, unsent, when the transaction that queued it rolls back", async () => {
    let id = "";
    const write = db.$transaction(async (tx) => {
      id = await queueMail(tx, { to: "nobody@example.be", subject: "Rollback", text: "x" });
      expect(await tx.mailMessage.count({ where: { id } }), "queued inside the transaction").toBe(1);
      expect(await db.mailMessage.count({ where: { id } }), "invisible outside it before commit").toBe(0);
      throw new Error("the write failed");
    });
    await expect(write).rejects.toThrow("the write failed");
    expect(id).not.toBe("");
    expect(await db.mailMessage.count({ where: { id } })).toBe(0);
    await deliverPendingMail(db);
    expect(await filesFor(id)).toEqual([]);
  });
});
