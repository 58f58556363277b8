// The lottery's allocation, pure: the same seed and entries give the same result, on the real draw
// and on a staff test run. Units (a sibling group that asked to stay together, entries of several
// households linked by a friend code, otherwise one child)
// are ordered by HMAC-SHA256(seed, unit id); in that order each unit gets its first choice with room
// for all its children, else its second, else its third. A group that stays together only takes a
// session every child chose, ranked by the sum of the children's ranks; when no such session has
// room for all of them, the whole group is unplaced. Unplaced children go on the waiting list of
// their own first choice, in draw order. Capacity is what the caller says is free: never exceeded.
import { createHmac } from "node:crypto";

/** `blocked`: choices the child can no longer take (a clash found at the draw); skipped, ranks kept. */
export type LotteryChild = { id: string; choices: readonly string[]; blocked?: readonly string[] };

const open = (c: LotteryChild) => c.choices.filter((s) => !c.blocked?.includes(s));
export type LotteryUnit = { id: string; children: readonly LotteryChild[] };

export type Placement = {
  childId: string;
  unitId: string;
  /** 1-based place of the child's unit in the draw order. */
  position: number;
  /** The session given, or null: on the waiting list of `waitingFor` (the first choice). */
  sessionId: string | null;
  /** 1, 2 or 3: which choice was given (null when unplaced). */
  rank: number | null;
  waitingFor: string | null;
};

export type Allocation = { order: string[]; placements: Placement[] };

/** The unit's key in the draw: hex of HMAC-SHA256 keyed with the seed over the unit's id. */
export function drawKey(seed: string, unitId: string): string {
  return createHmac("sha256", seed).update(unitId).digest("hex");
}

/** Sessions a unit may get, best first: one child's ranking, or the sessions all children chose. */
export function candidates(unit: LotteryUnit): string[] {
  const [first, ...rest] = unit.children;
  if (!first) return [];
  if (rest.length === 0) return open(first);
  const shared = open(first).filter((s) => rest.every((c) => open(c).includes(s)));
  const rankSum = (s: string) => unit.children.reduce((sum, c) => sum + c.choices.indexOf(s), 0);
  // A stable sort: equal sums keep the first child's order.
  return shared
    .map((s, i) => ({ s, i, sum: rankSum(s) }))
    .sort((a, b) => a.sum - b.sum || a.i - b.i)
    .map((x) => x.s);
}

export function allocate(
  seed: string,
  free: ReadonlyMap<string, number>,
  units: readonly LotteryUnit[],
): Allocation {
  const left = new Map(free);
  const keyed = units.map((u) => ({ u, key: drawKey(seed, u.id) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.u.id < b.u.id ? -1 : 1));
  const placements: Placement[] = [];
  keyed.forEach(({ u }, i) => {
    const need = u.children.length;
    const given = candidates(u).find((s) => (left.get(s) ?? 0) >= need) ?? null;
    if (given) left.set(given, (left.get(given) ?? 0) - need);
    for (const c of u.children) {
      const rank = given ? c.choices.indexOf(given) + 1 : null;
      placements.push({
        childId: c.id,
        unitId: u.id,
        position: i + 1,
        sessionId: given,
        rank,
        waitingFor: given ? null : (open(c)[0] ?? null),
      });
    }
  });
  return { order: keyed.map((k) => k.u.id), placements };
}

type Entry = {
  id: string;
  keepTogether: boolean;
  /** The entry whose friend code this parent entered (named friends across households). */
  friendEntryId?: string | null;
  children: readonly LotteryChild[];
};

/** Entries linked by friend codes, as groups (connected entries), each in entry order. */
function friendGroups(entries: readonly Entry[]): Entry[][] {
  const root = new Map(entries.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    const up = root.get(id)!;
    if (up === id) return id;
    const top = find(up);
    root.set(id, top);
    return top;
  };
  for (const e of entries) {
    if (!e.friendEntryId || !root.has(e.friendEntryId)) continue;
    const [a, b] = [find(e.id), find(e.friendEntryId)];
    // The smaller id is the root, so a group's unit id does not depend on the order of entries.
    if (a !== b) root.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, Entry[]>();
  for (const e of entries) groups.set(find(e.id), [...(groups.get(find(e.id)) ?? []), e]);
  return [...groups.values()];
}

/**
 * The units of a lottery's entries: siblings who asked to stay together are one unit, and so are
 * entries linked by a friend code, all their children together, when they still share a session
 * (choices can change after linking; without a shared one each entry is drawn on its own).
 */
export function unitsOf(entries: readonly Entry[]): LotteryUnit[] {
  const own = (e: Entry): LotteryUnit[] =>
    e.keepTogether && e.children.length > 1
      ? [{ id: e.id, children: e.children }]
      : e.children.map((c) => ({ id: c.id, children: [c] }));
  return friendGroups(entries).flatMap((group) => {
    if (group.length === 1) return own(group[0]!);
    const unit = { id: [...group.map((e) => e.id)].sort()[0]!, children: group.flatMap((e) => e.children) };
    return candidates(unit).length > 0 ? [unit] : group.flatMap(own);
  });
}
