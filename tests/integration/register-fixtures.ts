// Shared by the population register's integration tests: an attest form, the household the fake
// register answers, a posted form and a signed-in session for the mocked `auth()`.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

export const attestForm = {
  pages: [
    {
      key: "attest",
      title: "Het attest",
      fields: [{ key: "purpose", type: "text" as const, label: "Waarvoor?" }],
    },
  ],
};

export const registerHousehold = {
  address: {
    street: "Oude Bruggestraat",
    houseNumber: "13",
    box: null,
    postcode: "8750",
    municipality: "Wingene",
  },
  members: [
    { name: "Register Referent", birthDate: "1985-07-30", relation: "referentiepersoon" },
    { name: "Register Dochter", birthDate: "2016-02-29", relation: "dochter" },
  ],
};

export function posted(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** A database session of the user; its token is what the mocked session cookie carries. */
export async function sessionOf(userId: string) {
  const session = await db.session.create({
    data: { userId, sessionToken: randomUUID(), expires: new Date(Date.now() + 86_400_000) },
  });
  return { token: session.sessionToken };
}
