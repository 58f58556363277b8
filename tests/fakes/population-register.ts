// The tests' population register: the loopback register (lib/register/loopback-server.ts) with
// households the test sets, and switchable to failing the way real registers fail: a 503, an
// answer that is no household, or silence past the client's timeout. 404 for an unknown number,
// 401 for a wrong token.
import { startLoopbackRegister } from "@/lib/register/loopback-server";

export type FakeRegisterMode = "normal" | "down" | "malformed" | "silent";

export type FakeRegister = {
  url: string;
  token: string;
  /** The households by national number; a value is served as it is (also a malformed one). */
  households: Map<string, unknown>;
  mode: FakeRegisterMode;
  /** The national numbers asked, in order. */
  asked: string[];
  close: () => Promise<void>;
};

export async function startFakeRegister(token = "test-register-token"): Promise<FakeRegister> {
  const state = {
    households: new Map<string, unknown>(),
    mode: "normal" as FakeRegisterMode,
    asked: [] as string[],
  };
  const server = await startLoopbackRegister({
    token: () => token,
    answer: (nationalNumber) => {
      state.asked.push(nationalNumber);
      if (state.mode === "silent") return "silent";
      if (state.mode === "down") return { status: 503, body: { error: "maintenance" } };
      if (state.mode === "malformed") return { status: 200, body: { address: "somewhere", members: "many" } };
      const household = state.households.get(nationalNumber);
      return household === undefined
        ? { status: 404, body: { error: "unknown" } }
        : { status: 200, body: household };
    },
  });
  return Object.assign(state, { url: server.url, token, close: server.close });
}
