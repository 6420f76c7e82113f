import fs from "node:fs";
import path from "node:path";

/**
 * A GED-shaped CSV for the import benchmark and the interrupted-import test: GED's 49 columns in
 * the order of UCDP's own file (../shared/data/ucdp-ged-v23.1-sample1000.csv), plausible values,
 * and a fixed random seed, so two runs write the same bytes.
 *
 * Shape: `conflicts` state-based conflicts (150 by default), each active in every year of a
 * 35-year span (1989–2023), plus a few non-state and one-sided series in the same countries;
 * events spread over those conflict-years. Text cells look like UCDP's (a quoted source_article
 * with commas and doubled quotes, dates as "YYYY-MM-DD 00:00:00").
 */

export const GED_COLUMNS = [
  "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name",
  "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
  "number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
  "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country",
  "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
  "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
] as const;

/** mulberry32: a small, fast, seedable PRNG (public domain). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES: { name: string; id: number; region: string; lat: number; lon: number; iso: string }[] = [
  { name: "Afghanistan", id: 700, region: "Asia", lat: 34.5, lon: 69.2, iso: "AFG" },
  { name: "Syria", id: 652, region: "Middle East", lat: 35.0, lon: 38.5, iso: "SYR" },
  { name: "Iraq", id: 645, region: "Middle East", lat: 33.3, lon: 44.4, iso: "IRQ" },
  { name: "Somalia", id: 520, region: "Africa", lat: 2.0, lon: 45.3, iso: "SOM" },
  { name: "Nigeria", id: 475, region: "Africa", lat: 9.1, lon: 7.4, iso: "NIG" },
  { name: "DR Congo (Zaire)", id: 490, region: "Africa", lat: -2.5, lon: 28.8, iso: "DRC" },
  { name: "Colombia", id: 100, region: "Americas", lat: 4.6, lon: -74.1, iso: "COL" },
  { name: "Mexico", id: 70, region: "Americas", lat: 19.4, lon: -99.1, iso: "MEX" },
  { name: "India", id: 750, region: "Asia", lat: 28.6, lon: 77.2, iso: "IND" },
  { name: "Myanmar (Burma)", id: 775, region: "Asia", lat: 19.7, lon: 96.1, iso: "MYA" },
  { name: "Ukraine", id: 369, region: "Europe", lat: 48.0, lon: 37.8, iso: "UKR" },
  { name: "Russia (Soviet Union)", id: 365, region: "Europe", lat: 43.3, lon: 45.7, iso: "RUS" },
  { name: "Azerbaijan", id: 373, region: "Europe", lat: 39.8, lon: 46.8, iso: "AZE" },
  { name: "Yemen (North Yemen)", id: 678, region: "Middle East", lat: 15.4, lon: 44.2, iso: "YEM" },
  { name: "Mali", id: 432, region: "Africa", lat: 16.3, lon: -3.0, iso: "MLI" },
];
const GROUPS = ["insurgents", "Liberation Front", "People's Army", "IS", "Patriotic Movement", "Democratic Forces", "Mujahideen", "militia"];
const OFFICES = ["Reuters", "Agence France Presse", "BBC Monitoring", "Xinhua News Agency", "Associated Press", "SOHR"];
const PLACES = ["village", "district", "town", "province", "city"];

type Conflict = { id: number; dyad: number; country: (typeof COUNTRIES)[number]; sideA: string; sideB: string; sideAId: number; sideBId: number };

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const pad = (n: number) => String(n).padStart(2, "0");

export type GenerateOptions = {
  events: number;
  conflicts?: number;
  seed?: number;
  firstYear?: number;
  years?: number;
  /** UCDP conflict ids the first conflicts take (the bench gives those of the conflicts it compares, so they hold events) */
  conflictIds?: number[];
};

/** Writes the CSV (streamed in blocks, never held in memory) and returns its size in bytes. */
export function generateGedCsv(file: string, options: GenerateOptions): number {
  const { events, conflicts: nConflicts = 150, seed = 20240601, firstYear = 1989, years = 35, conflictIds = [] } = options;
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

  const conflicts: Conflict[] = [];
  for (let i = 0; i < nConflicts; i++) {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    conflicts.push({
      id: conflictIds[i] ?? 200 + i * 7,
      dyad: 500 + i * 11,
      country,
      sideA: `Government of ${country.name}`,
      sideB: `${pick(GROUPS)} ${i}`,
      sideAId: 100 + (i % COUNTRIES.length),
      sideBId: 1000 + i,
    });
  }

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, "w");
  let bytes = 0;
  const write = (s: string) => {
    bytes += fs.writeSync(fd, s);
  };
  try {
    write(`${GED_COLUMNS.join(",")}\n`);
    let block: string[] = [];
    for (let n = 0; n < events; n++) {
      const c = conflicts[n % conflicts.length]!;
      const year = firstYear + (Math.floor(n / conflicts.length) % years);
      const roll = rand();
      const type = roll < 0.8 ? 1 : roll < 0.9 ? 2 : 3;
      const conflictId = type === 1 ? c.id : type === 2 ? 20000 + (c.id % 97) : 30000 + (c.id % 89);
      const month = int(1, 12);
      const day = int(1, 28);
      const len = rand() < 0.8 ? 0 : int(1, 3);
      const start = `${year}-${pad(month)}-${pad(day)}`;
      const end = `${year}-${pad(month)}-${pad(Math.min(28, day + len))}`;
      const deathsA = rand() < 0.6 ? 0 : int(0, 12);
      const deathsB = int(0, 20);
      const civ = rand() < 0.7 ? 0 : int(0, 15);
      const unknown = rand() < 0.85 ? 0 : int(0, 10);
      const best = deathsA + deathsB + civ + unknown;
      const low = Math.max(0, best - (rand() < 0.8 ? 0 : int(0, best)));
      const high = best + (rand() < 0.7 ? 0 : int(0, 25));
      const lat = (c.country.lat + (rand() - 0.5) * 4).toFixed(6);
      const lon = (c.country.lon + (rand() - 0.5) * 4).toFixed(6);
      const office = pick(OFFICES);
      const place = `${pick(["Al", "Ban", "Kir", "Mos", "Tal", "Ara"])}${int(1, 999)} ${pick(PLACES)}`;
      const sideA = type === 3 ? `IS ${c.id % 89}` : type === 2 ? `${pick(GROUPS)} ${c.id % 97}` : c.sideA;
      const sideB = type === 3 ? "Civilians" : c.sideB;
      const dyadName = `${sideA} - ${sideB}`;
      const conflictName = type === 1 ? `${c.country.name}: Government` : dyadName;
      const id = 100000 + n;
      const row = [
        String(id),
        `${c.country.iso}-${year}-${type}-${c.dyad}-${n % 1000}.${int(1, 9)}`,
        String(year),
        rand() < 0.95 ? "1" : "0",
        "Clear",
        String(type),
        String(conflictId),
        String(conflictId),
        conflictName,
        String(c.dyad + type),
        String(c.dyad + type),
        dyadName,
        String(c.sideAId),
        String(c.sideAId),
        sideA,
        String(c.sideBId),
        String(c.sideBId),
        sideB,
        String(int(1, 4)),
        `"${office},${start},Fighting near ${place} leaves ${best} dead"`,
        office,
        start,
        `Fighting near ${place}`,
        pick(["army statement", "local sources", "Ministry of Interior", "UN"]),
        String(int(1, 6)),
        place,
        `in and around ${place}, ${c.country.name}`,
        `${pick(["Northern", "Southern", "Eastern", "Western", "Central"])} province`,
        rand() < 0.5 ? "" : `${pick(["Upper", "Lower", "New"])} district`,
        lat,
        lon,
        `POINT (${lon} ${lat})`,
        String(int(100000, 250000)),
        c.country.name,
        String(c.country.id),
        c.country.region,
        String(int(1, 2)),
        String(int(1, 5)),
        `${start} 00:00:00`,
        `${end} 00:00:00`,
        String(deathsA),
        String(deathsB),
        String(civ),
        String(unknown),
        String(best),
        String(high),
        String(low),
        type === 1 ? String(c.country.id) : "",
        "",
      ];
      block.push(row.map(csvCell).join(","));
      if (block.length === 2000) {
        write(`${block.join("\n")}\n`);
        block = [];
      }
    }
    if (block.length) write(`${block.join("\n")}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}
