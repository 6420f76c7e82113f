const NUMBERED = /^[vV]?(\d+(?:[._]\d+)*)(.*)$/;

/** A version's leading number parts ("24.1", "v23_1", "2016") and what follows them ("-sample", ""). */
function parts(version: string): { numbers: number[]; suffix: string } {
  const m = NUMBERED.exec(version.trim());
  if (!m) return { numbers: [], suffix: version };
  return { numbers: m[1]!.split(/[._]/).map(Number), suffix: m[2]! };
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * Release order: "24.1" > "22.1" > "20.1"; "2016" > "2015"; "24.10" > "24.9".
 *
 * Anything after the number is a pre-release-style suffix and sorts below the plain release, as
 * in semantic versioning: "23.1-sample" < "23.1-sample2" < "23.1" < "23.2-rc1" < "23.2". So a
 * sample or trial copy imported beside the real release never becomes the one pages show. Two
 * suffixes compare in natural order (digits as numbers); a version without a leading number
 * sorts below every numbered one.
 */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.numbers.length, pb.numbers.length); i++) {
    const d = (pa.numbers[i] ?? -1) - (pb.numbers[i] ?? -1);
    if (d !== 0) return d;
  }
  if (pa.suffix !== pb.suffix) {
    if (pa.suffix === "") return 1;
    if (pb.suffix === "") return -1;
    const d = collator.compare(pa.suffix, pb.suffix);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
