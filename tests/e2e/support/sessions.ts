// Sessions for many actors at once, written where Auth.js keeps them (database sessions): one row per
// actor instead of a sign-in by e-mail link each, so a test of hundreds of cells starts in a moment.
// What a sign-in itself does is proven by auth.spec.ts; the session row is what every request reads.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** Auth.js's cookie name on plain http (the e2e server); "__Secure-" is added on https only. */
export const SESSION_COOKIE = "authjs.session-token";

export type TestSession = { userId: string; cookie: string };

export class SessionFactory {
  private readonly client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  private readonly tokens: string[] = [];

  async connect(): Promise<void> {
    await this.client.connect();
  }

  /** A new resident of Wingene, without roles, for data only this test touches. */
  async createResident(name: string, email: string): Promise<string> {
    const id = `test-${randomBytes(8).toString("hex")}`;
    await this.client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", street, "houseNumber", postcode, city, "updatedAt")
       VALUES ($1, $2, $3, now(), 'Markt', '1', '8750', 'Wingene', now())`,
      [id, name, email],
    );
    return id;
  }

  async userIdOf(email: string): Promise<string> {
    const { rows } = await this.client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
      email,
    ]);
    if (!rows[0]) throw new Error(`Geen gebruiker ${email} in de demogegevens`);
    return rows[0].id;
  }

  /** A session of `userId`, acting for the association with `actingFor` (its slug) when given. */
  async open(userId: string, actingFor?: string): Promise<TestSession> {
    const token = randomBytes(32).toString("hex");
    await this.client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires, "actingAssociationId")
       VALUES ($1, $2, $3, now() + interval '1 hour', (SELECT id FROM "Association" WHERE slug = $4))`,
      [`test-${randomBytes(8).toString("hex")}`, token, userId, actingFor ?? null],
    );
    this.tokens.push(token);
    return { userId, cookie: `${SESSION_COOKIE}=${token}` };
  }

  query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
    return this.client.query<R>(sql, values);
  }

  async close(): Promise<void> {
    await this.client.query(`DELETE FROM "Session" WHERE "sessionToken" = ANY($1)`, [this.tokens]);
    await this.client.end();
  }
}
