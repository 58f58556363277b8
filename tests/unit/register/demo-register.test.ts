// The demo's practice register may never stand in for the real population register: it is refused
// beside a configured register and on any address residents could reach.
import { describe, expect, it } from "vitest";
import { demoRegisterRefusal } from "@/lib/register/demo";

const demo = {
  POPULATION_REGISTER_DEMO: "1" as const,
  POPULATION_REGISTER_URL: undefined,
  POPULATION_REGISTER_TOKEN: undefined,
  PUBLIC_URL: "http://localhost:3000",
};

describe("when the practice register may run", () => {
  it("runs on a local address without a real register, and is no question when off", () => {
    expect(demoRegisterRefusal(demo)).toBeNull();
    expect(demoRegisterRefusal({ ...demo, PUBLIC_URL: "http://127.0.0.1:8080" })).toBeNull();
    expect(
      demoRegisterRefusal({
        ...demo,
        POPULATION_REGISTER_DEMO: undefined,
        PUBLIC_URL: "https://loket.wingene.be",
      }),
    ).toBeNull();
  });

  it("is refused beside a real register's address or token", () => {
    expect(demoRegisterRefusal({ ...demo, POPULATION_REGISTER_URL: "https://register.example" })).toMatch(
      /echt bevolkingsregister/,
    );
    expect(demoRegisterRefusal({ ...demo, POPULATION_REGISTER_TOKEN: "t" })).toMatch(
      /echt bevolkingsregister/,
    );
  });

  it("is refused on a public address, also one that merely starts like a local one", () => {
    for (const url of ["https://loket.wingene.be", "http://localhost.example.com", "http://127.0.0.1.nip.io"])
      expect(demoRegisterRefusal({ ...demo, PUBLIC_URL: url }), url).toMatch(/lokaal adres/);
  });
});
