import { describe, expect, it } from "vitest";
import { defaultViewState, parseViewState, writeViewState, type ColumnKind } from "@/lib/tables/url-state";

const columns: Record<string, ColumnKind> = { name: "text", region: "category", brdTotal: "number", status: "category" };
const defaults = defaultViewState({ sorting: [{ id: "name", desc: false }], columnVisibility: { status: false } });

describe("table view in the URL", () => {
  it("round-trips sort, search, filters, hidden columns, grouping and page", () => {
    const state = {
      ...defaults,
      sorting: [{ id: "brdTotal", desc: true }],
      globalFilter: "Karabakh",
      columnFilters: [
        { id: "region", value: ["Post-Soviet space", "Middle East"] },
        { id: "brdTotal", value: [100, undefined] },
      ],
      columnVisibility: { status: true, region: false },
      grouping: ["region"],
      pagination: { pageIndex: 2, pageSize: 50 },
    };
    const url = writeViewState(new URLSearchParams("c=donbas&other.sort=x:asc"), "conflicts", state, defaults);
    expect(url.get("c")).toBe("donbas");
    expect(url.get("other.sort")).toBe("x:asc");
    expect(url.get("conflicts.sort")).toBe("brdTotal:desc");
    expect(url.get("conflicts.f.brdTotal")).toBe("100..");
    const parsed = parseViewState(url, "conflicts", columns, defaults);
    expect(parsed.problems).toEqual([]);
    expect(parsed.state.sorting).toEqual(state.sorting);
    expect(parsed.state.globalFilter).toBe("Karabakh");
    expect(parsed.state.columnFilters).toEqual(state.columnFilters);
    expect(parsed.state.columnVisibility).toEqual({ status: true, region: false });
    expect(parsed.state.grouping).toEqual(["region"]);
    expect(parsed.state.pagination).toEqual({ pageIndex: 2, pageSize: 50 });
  });

  it("leaves defaults out of the URL", () => {
    expect(writeViewState(new URLSearchParams(), "conflicts", defaults, defaults).toString()).toBe("");
  });

  it("names each malformed parameter and falls back to the default for it", () => {
    const url = new URLSearchParams("conflicts.sort=nope:asc&conflicts.f.brdTotal=abc&conflicts.size=7&conflicts.f.ghost=1&conflicts.q=ok");
    const parsed = parseViewState(url, "conflicts", columns, defaults);
    expect(parsed.problems).toHaveLength(4);
    expect(parsed.problems.join("\n")).toMatch(/conflicts\.sort.*nope/);
    expect(parsed.problems.join("\n")).toMatch(/conflicts\.f\.brdTotal/);
    expect(parsed.problems.join("\n")).toMatch(/conflicts\.size/);
    expect(parsed.problems.join("\n")).toMatch(/ghost/);
    expect(parsed.state.globalFilter).toBe("ok");
    expect(parsed.state.pagination.pageSize).toBe(25);
    expect(parsed.state.sorting).toEqual(defaults.sorting);
  });

  it("keeps an explicitly cleared sort", () => {
    const cleared = { ...defaults, sorting: [] };
    const url = writeViewState(new URLSearchParams(), "conflicts", cleared, defaults);
    expect(url.get("conflicts.sort")).toBe("");
    expect(parseViewState(url, "conflicts", columns, defaults).state.sorting).toEqual([]);
  });
});
