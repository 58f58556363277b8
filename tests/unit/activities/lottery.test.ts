// The lottery's pure allocation: reproducible from its seed, fair by a seeded order, siblings kept
// together when asked, second and third choices used, never beyond the free places.
import { describe, expect, it } from "vitest";
import { allocate, candidates, drawKey, type LotteryUnit, unitsOf } from "@/lib/activities/lottery";

const single = (id: string, ...choices: string[]): LotteryUnit => ({ id, children: [{ id, choices }] });
const free = (entries: Record<string, number>) => new Map(Object.entries(entries));

/** 30 single children over three sessions, each child ranking them in its own order. */
const crowd: LotteryUnit[] = Array.from({ length: 30 }, (_, i) => {
  const order = [
    ["A", "B", "C"],
    ["B", "C", "A"],
    ["C", "A", "B"],
  ][i % 3]!;
  return single(`kind-${i}`, ...order);
});

describe("the lottery allocation", () => {
  it("gives the same allocation twice for the same seed and entries", () => {
    const first = allocate("zomer-2027", free({ A: 5, B: 4, C: 3 }), crowd);
    const second = allocate("zomer-2027", free({ A: 5, B: 4, C: 3 }), [...crowd].reverse());
    expect(second).toEqual(first);
  });

  it("orders the units differently for another seed", () => {
    const a = allocate("seed-een", free({ A: 5, B: 4, C: 3 }), crowd).order;
    const b = allocate("seed-twee", free({ A: 5, B: 4, C: 3 }), crowd).order;
    expect(b).not.toEqual(a);
    expect([...b].sort()).toEqual([...a].sort());
  });

  it("orders the units by HMAC-SHA256 of the seed over the unit id", () => {
    const { order } = allocate("s", free({ A: 30 }), crowd);
    const keys = order.map((id) => drawKey("s", id));
    expect(keys).toEqual([...keys].sort());
    expect(drawKey("s", "kind-1")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never places more children in a session than it has free places", () => {
    for (const seed of ["1", "2", "3", "4", "5"]) {
      const { placements } = allocate(seed, free({ A: 5, B: 4, C: 3 }), crowd);
      const count = (s: string) => placements.filter((p) => p.sessionId === s).length;
      expect([count("A"), count("B"), count("C")]).toEqual([5, 4, 3]);
      expect(placements.filter((p) => p.sessionId === null)).toHaveLength(18);
    }
  });

  it("uses the second and third choice when the first is full", () => {
    const units = [single("u1", "A", "B", "C"), single("u2", "A", "B", "C"), single("u3", "A", "B", "C")];
    const { placements } = allocate("x", free({ A: 1, B: 1, C: 1 }), units);
    expect(placements.map((p) => p.rank).sort()).toEqual([1, 2, 3]);
    expect(new Set(placements.map((p) => p.sessionId))).toEqual(new Set(["A", "B", "C"]));
  });

  it("puts an unplaced child on the waiting list of its first choice, in draw order", () => {
    const units = [single("u1", "A"), single("u2", "A", "B"), single("u3", "A")];
    const { placements } = allocate("y", free({ A: 1, B: 0 }), units);
    const waiting = placements.filter((p) => !p.sessionId);
    expect(waiting).toHaveLength(2);
    expect(waiting.every((p) => p.waitingFor === "A")).toBe(true);
    expect(waiting.map((p) => p.position)).toEqual([...waiting.map((p) => p.position)].sort());
  });
});

describe("choices blocked at the draw", () => {
  it("are skipped while the ranks of the others stay as the parent gave them", () => {
    const unit = { id: "u", children: [{ id: "u", choices: ["A", "B", "C"], blocked: ["A"] }] };
    expect(allocate("s", free({ A: 5, B: 5 }), [unit]).placements[0]).toMatchObject({
      sessionId: "B",
      rank: 2,
    });
    expect(allocate("s", free({ A: 5, B: 0, C: 0 }), [unit]).placements[0]).toMatchObject({
      sessionId: null,
      waitingFor: "B",
    });
  });
});

describe("siblings who asked to stay together", () => {
  const entries = [
    {
      id: "gezin-1",
      keepTogether: true,
      children: [
        { id: "lien", choices: ["A", "B"] },
        { id: "wout", choices: ["B", "A"] },
      ],
    },
    {
      id: "gezin-2",
      keepTogether: false,
      children: [
        { id: "ilse", choices: ["A"] },
        { id: "tom", choices: ["B"] },
      ],
    },
  ];

  it("form one unit; siblings who did not ask are units of their own", () => {
    expect(unitsOf(entries).map((u) => u.id)).toEqual(["gezin-1", "ilse", "tom"]);
  });

  it("only take a session every child chose, best summed rank first", () => {
    expect(
      candidates({
        id: "g",
        children: [
          { id: "a", choices: ["A", "B", "C"] },
          { id: "b", choices: ["C", "B"] },
        ],
      }),
    ).toEqual(["B", "C"]);
  });

  it("land in the same session, or are unplaced together, whatever the seed", () => {
    for (let i = 0; i < 40; i++) {
      for (const room of [1, 2, 3]) {
        const { placements } = allocate(`seed-${i}`, free({ A: room, B: room }), unitsOf(entries));
        const [lien, wout] = ["lien", "wout"].map((id) => placements.find((p) => p.childId === id)!);
        expect(lien!.sessionId).toBe(wout!.sessionId);
        expect(lien!.position).toBe(wout!.position);
        if (room === 1) expect(lien!.sessionId).toBeNull();
      }
    }
  });

  it("are unplaced as a whole when only one place is left, and each waits for its own first choice", () => {
    const { placements } = allocate("z", free({ A: 1, B: 1 }), unitsOf([entries[0]!]));
    expect(placements.map((p) => [p.childId, p.sessionId, p.waitingFor])).toEqual([
      ["lien", null, "A"],
      ["wout", null, "B"],
    ]);
  });
});

describe("named friends across households (linked by a friend code)", () => {
  const entries = [
    {
      id: "gezin-b",
      keepTogether: false,
      friendEntryId: "gezin-a",
      children: [{ id: "finn", choices: ["B", "A"] }],
    },
    { id: "gezin-a", keepTogether: false, children: [{ id: "noor", choices: ["A", "B"] }] },
    {
      id: "gezin-c",
      keepTogether: false,
      friendEntryId: "gezin-b",
      children: [{ id: "mo", choices: ["A"] }],
    },
    { id: "gezin-d", keepTogether: false, children: [{ id: "els", choices: ["B"] }] },
  ];

  it("join every linked entry into one unit named after its smallest entry id, whatever the order", () => {
    for (const list of [entries, [...entries].reverse()]) {
      const units = unitsOf(list);
      const group = units.find((u) => u.children.length === 3)!;
      expect(group.id).toBe("gezin-a");
      expect(group.children.map((c) => c.id).sort()).toEqual(["finn", "mo", "noor"]);
      expect(units.map((u) => u.id).sort()).toEqual(["els", "gezin-a"]);
    }
  });

  it("land in the same session or are unplaced together, whatever the seed", () => {
    for (let i = 0; i < 40; i++) {
      for (const room of [2, 3, 4]) {
        const { placements } = allocate(`seed-${i}`, free({ A: room, B: room }), unitsOf(entries));
        const group = ["finn", "noor", "mo"].map((id) => placements.find((p) => p.childId === id)!);
        expect(new Set(group.map((p) => p.sessionId)).size).toBe(1);
        // Only A was chosen by all three.
        if (room >= 3) expect(group[0]!.sessionId === "A" || group[0]!.sessionId === null).toBe(true);
        if (room === 2) expect(group[0]!.sessionId).toBeNull();
      }
    }
  });

  it("are drawn each on their own when their choices no longer share a session", () => {
    const apart = [
      { id: "x", keepTogether: false, friendEntryId: "y", children: [{ id: "an", choices: ["A"] }] },
      { id: "y", keepTogether: false, children: [{ id: "bo", choices: ["B"] }] },
    ];
    expect(unitsOf(apart).map((u) => u.id)).toEqual(["an", "bo"]);
  });

  it("ignore a link to an entry that is not in the draw (withdrawn)", () => {
    const alone = [
      { id: "x", keepTogether: false, friendEntryId: "gone", children: [{ id: "an", choices: ["A"] }] },
    ];
    expect(unitsOf(alone).map((u) => u.id)).toEqual(["an"]);
  });
});
