// The errors the portal logs, made for real: Prisma refusing a call (its message echoes the
// call's arguments), and an SMTP server refusing a recipient. Logged through lib/log.ts, neither line carries the
// address or the name the error quotes; each still says what went wrong.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { logError } from "@/lib/log";
import { startRefusingSmtpServer } from "@/tests/fakes/smtp-refusing";

let smtp: Awaited<ReturnType<typeof startRefusingSmtpServer>>;

beforeAll(async () => {
  smtp = await startRefusingSmtpServer();
});

afterAll(async () => {
  await smtp?.close();
});

function logged(error: unknown): string {
  const spy = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    logError("test", "mislukt", error);
    return spy.mock.calls.map((call) => call.map(String).join(" ")).join("\n");
  } finally {
    spy.mockRestore();
  }
}

async function thrown(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("er werd niets gegooid");
}

describe("what the log says of a real failure", () => {
  it("a call Prisma refuses: the call and the reason, not the values it echoes back", async () => {
    const error = await thrown(() =>
      db.user.create({
        // A mistake in code (a number for the street) that Prisma reports with the call's arguments.
        data: { email: "wout.vandamme@example.be", name: "Wout Vandamme", street: 12 as unknown as string },
      }),
    );
    expect(String(error)).toContain("Wout Vandamme");
    const line = logged(error);
    expect(line).toContain(".user.create()` invocation");
    expect(line).toMatch(/street/);
    expect(line).not.toContain("Wout");
    expect(line).not.toContain("wout.vandamme");
  });

  it("a recipient refused over SMTP: the refusal, not the address", async () => {
    const transport = nodemailer.createTransport(smtp.url);
    const error = await thrown(() =>
      transport.sendMail({
        from: "loket@wingene.be",
        to: "ria.peeters@example.be",
        subject: "Test",
        text: "Hallo",
      }),
    );
    expect(JSON.stringify(error)).toContain("ria.peeters@example.be");
    const line = logged(error);
    expect(line).toContain("550");
    expect(line).not.toContain("ria.peeters");
  });
});
