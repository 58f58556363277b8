// The report-files migration moves status-page links into ReportLink and photo bytes into the one
// upload store. Links mailed before it and photos uploaded before it must keep working: this fills
// a database as it stood before, then migrates it.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { migratedForTests } from "./scratch-database";

const BEFORE = "20261130123556_stored_files";
const MIGRATION = "20261130124329_report_files_links_audit_indexes";

const OLD_ROWS = `
  INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'lotte@example.be', now());
  INSERT INTO "Department" (id, slug, name, email) VALUES ('d1', 'td', 'Technische dienst', 'td@wingene.be');
  INSERT INTO "ReportCategory" (id, slug, name, kinds, "departmentId")
    VALUES ('rc1', 'straat', 'Straat', ARRAY['ISSUE']::"ReportKind"[], 'd1');
  INSERT INTO "Report" (id, number, kind, "categoryId", "departmentId", description, "statusTokenHash", "reporterId", "updatedAt")
    VALUES ('rp1', 'MP-2026-000001', 'ISSUE', 'rc1', 'd1', 'Put', 'reporter-hash', 'u1', now());
  INSERT INTO "ReportFollower" (id, "reportId", email, "tokenHash") VALUES ('f1', 'rp1', 'volger@example.be', 'follower-hash');
  INSERT INTO "ReportPhoto" (id, "reportId", "contentType", size, bytes)
    VALUES ('ph1', 'rp1', 'image/jpeg', 4, '\\xffd8ffd9'::bytea);
`;

describe("the report-files migration", () => {
  const migrated = migratedForTests("report_files", {
    before: BEFORE,
    oldRows: OLD_ROWS,
    migration: MIGRATION,
  });

  it("keeps the reporter's and the follower's mailed links", async () => {
    const links = await migrated.db.reportLink.findMany({ orderBy: { tokenHash: "asc" } });
    expect(links.map((l) => [l.reportId, l.followerId, l.tokenHash])).toEqual([
      ["rp1", "f1", "follower-hash"],
      ["rp1", null, "reporter-hash"],
    ]);
  });

  it("moves each photo into a private report-photo file with the same bytes, linked from the photo", async () => {
    const photo = await migrated.db.reportPhoto.findUniqueOrThrow({
      where: { id: "ph1" },
      include: { file: true },
    });
    expect(photo.file).toMatchObject({
      purpose: "report-photo",
      visibility: "PRIVATE",
      contentType: "image/jpeg",
      size: 4,
      uploadedById: "u1",
      sha256: createHash("sha256")
        .update(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))
        .digest("hex"),
    });
    expect([...photo.file.bytes]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
  });

  it("lets the photo go with its file", async () => {
    await migrated.db.storedFile.delete({ where: { id: "ph1" } });
    expect(await migrated.db.reportPhoto.count()).toBe(0);
  });
});
