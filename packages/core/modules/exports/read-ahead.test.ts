import { describe, expect, it } from "vitest";
import { readAhead } from "./read-ahead";

describe("readAhead", () => {
  it("yields every item in order and starts the next read before the caller is done with one", async () => {
    const log: string[] = [];
    async function* source() {
      for (const n of [1, 2, 3]) {
        log.push(`read ${n}`);
        yield n;
      }
    }
    const seen: number[] = [];
    for await (const n of readAhead(source())) {
      await new Promise((r) => setTimeout(r, 5));
      log.push(`used ${n}`);
      seen.push(n);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(log).toEqual(["read 1", "read 2", "used 1", "read 3", "used 2", "used 3"]);
  });

  it("reports a failed read to the caller when it asks for that item", async () => {
    async function* source() {
      yield 1;
      throw new Error("read failed");
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of readAhead(source())) {
          await new Promise((r) => setTimeout(r, 5));
          seen.push(n);
        }
      })(),
    ).rejects.toThrow("read failed");
    expect(seen).toEqual([1]);
  });

  it("ends the source when the caller stops early, after the read in flight", async () => {
    let closed = false;
    let reads = 0;
    async function* source() {
      try {
        for (;;) {
          reads++;
          yield reads;
        }
      } finally {
        closed = true;
      }
    }
    for await (const n of readAhead(source())) if (n === 2) break;
    expect(closed).toBe(true);
    expect(reads).toBe(3);
  });
});
