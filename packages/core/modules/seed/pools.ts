import { base, de, en, en_GB, en_US, es, Faker, fr } from "@faker-js/faker";
import type { Rng } from "./random";

// Realistic value pools drawn once from faker with a fixed seed; the generator then picks from them
// with its fast PRNG (millions of rows would be slow through faker call by call).

const LOCALES = [
  { country: "US", weight: 40, faker: [en_US, en, base] },
  { country: "DE", weight: 20, faker: [de, en, base] },
  { country: "GB", weight: 15, faker: [en_GB, en, base] },
  { country: "FR", weight: 15, faker: [fr, en, base] },
  { country: "ES", weight: 10, faker: [es, en, base] },
] as const;

export type Country = (typeof LOCALES)[number]["country"];

export type LocalePool = {
  country: Country;
  weight: number;
  firstNames: string[];
  lastNames: string[];
  /** E.164 numbers of this country. */
  phones: string[];
  cities: string[];
};

export type Pools = {
  locales: LocalePool[];
  companyNames: string[];
  domainWords: string[];
  titles: string[];
};

const repeat = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

/** ASCII, lower case, for email local parts and domains. */
export function slugPart(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export function buildPools(seed: number): Pools {
  const locales = LOCALES.map((l, i) => {
    const f = new Faker({ locale: [...l.faker], seed: seed * 31 + i });
    return {
      country: l.country,
      weight: l.weight,
      firstNames: repeat(600, () => f.person.firstName()),
      lastNames: repeat(900, () => f.person.lastName()),
      phones: repeat(4000, () => f.phone.number({ style: "international" })),
      cities: repeat(200, () => f.location.city()),
    };
  });
  const f = new Faker({ locale: [en, base], seed });
  return {
    locales,
    companyNames: repeat(5000, () => f.company.name()),
    domainWords: repeat(5000, () => f.internet.domainWord()),
    titles: repeat(400, () => f.person.jobTitle()),
  };
}

export function pickLocale(rng: Rng, pools: Pools): LocalePool {
  const total = pools.locales.reduce((sum, l) => sum + l.weight, 0);
  let r = rng() * total;
  for (const l of pools.locales) {
    r -= l.weight;
    if (r < 0) return l;
  }
  return pools.locales[0] as LocalePool;
}
