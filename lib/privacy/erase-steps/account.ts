// Erasure steps for the account itself and what hangs on it directly (rules in ../erasure-rules).
import type { Tx } from "@/lib/db/client";
import { type ErasureScope, sameEmail } from "../erase-scope";

type Step = (tx: Tx, s: ErasureScope) => Promise<number>;
const count = async (p: Promise<{ count: number }>) => (await p).count;

export const ACCOUNT_STEPS = {
  sessions: (tx, s) => count(tx.session.deleteMany({ where: { userId: s.userId } })),
  accounts: (tx, s) => count(tx.account.deleteMany({ where: { userId: s.userId } })),
  signInTokens: async (tx, s) =>
    s.email
      ? count(
          tx.verificationToken.deleteMany({
            where: { identifier: { equals: s.email, mode: "insensitive" } },
          }),
        )
      : 0,
  // Every limiter keys an address as `<purpose>:email:<address in lower case>` (lib/*/rate-limits.ts).
  rateLimits: async (tx, s) =>
    s.email
      ? count(
          tx.rateLimitBucket.deleteMany({ where: { key: { endsWith: `:email:${s.email.toLowerCase()}` } } }),
        )
      : 0,
  // Sent and unsent alike: the outbox is a delivery queue, not the municipality's archive.
  mails: async (tx, s) =>
    s.email
      ? count(
          tx.mailMessage.deleteMany({
            where: {
              OR: [
                { to: { equals: s.email, mode: "insensitive" } },
                { to: { endsWith: `<${s.email}>`, mode: "insensitive" } },
              ],
            },
          }),
        )
      : 0,
  staffRoles: (tx, s) => count(tx.staffRoleAssignment.deleteMany({ where: { userId: s.userId } })),
  teams: (tx, s) => count(tx.teamMember.deleteMany({ where: { userId: s.userId } })),
  deskChoices: (tx, s) => count(tx.queueDeskChoice.deleteMany({ where: { userId: s.userId } })),
  verification: (tx, s) => count(tx.residentVerification.deleteMany({ where: { userId: s.userId } })),
  memberships: (tx, s) => count(tx.associationMember.deleteMany({ where: { userId: s.userId } })),
  followers: (tx, s) =>
    count(
      tx.reportFollower.deleteMany({ where: { OR: [{ userId: s.userId }, ...sameEmail("email", s.email)] } }),
    ),
  // Private uploads go (renditions with them); a public picture stays, without its uploader.
  files: async (tx, s) => {
    await tx.storedFile.updateMany({
      where: { uploadedById: s.userId, visibility: "PUBLIC" },
      data: { uploadedById: null },
    });
    return count(tx.storedFile.deleteMany({ where: { uploadedById: s.userId, visibility: "PRIVATE" } }));
  },
  // Audit entries stay (kept rule); only the personal values some of them carry in their details go.
  auditNames: (tx, s) => tx.$executeRaw`
    UPDATE "AuditLog" SET details = details - 'firstName' - 'name' - 'email' - 'phone'
     WHERE ("onBehalfOfId" = ${s.userId} OR "actorId" = ${s.userId})
       AND jsonb_typeof(details) = 'object' AND details ?| array['firstName', 'name', 'email', 'phone']`,
  // Last: the steps before still found guest rows by this address.
  user: async (tx, s) => {
    await tx.user.update({
      where: { id: s.userId },
      data: {
        name: null,
        email: null,
        emailVerified: null,
        image: null,
        phone: null,
        street: null,
        houseNumber: null,
        box: null,
        postcode: null,
        city: null,
        erasedAt: s.now,
      },
    });
    return 1;
  },
} satisfies Record<string, Step>;
