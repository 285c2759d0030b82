// A small, fast, seedable PRNG for the data generator: the same seed gives the same rows.

export type Rng = () => number;

/** mulberry32: uniform in [0, 1), deterministic for a 32-bit seed. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max]. */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Picks by weight: `[[value, weight], …]`. */
export function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error("weighted pick from an empty list");
  return last[0];
}

/** Up to `max` distinct items. */
export function some<T>(rng: Rng, items: readonly T[], max: number): T[] {
  const n = int(rng, 0, max);
  const out = new Set<T>();
  for (let i = 0; i < n; i++) out.add(pick(rng, items));
  return [...out];
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/**
 * A UUIDv7 (RFC 9562) for the time `ms` with random bits from `rng`: ids sort by creation time like
 * the ones the services make, yet a seed reproduces them.
 */
export function uuidv7At(ms: number, rng: Rng): string {
  const time = hex(Math.floor(ms), 12);
  const randA = hex(Math.floor(rng() * 0x1000), 3);
  const variant = hex(0x8000 | Math.floor(rng() * 0x4000), 4);
  const randB = hex(Math.floor(rng() * 0x1000000), 6) + hex(Math.floor(rng() * 0x1000000), 6);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${randA}-${variant}-${randB}`;
}

/** 32-bit FNV-1a of a string, to derive a seed from an id. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
