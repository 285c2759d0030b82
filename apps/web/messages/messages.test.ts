import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "./de/index";
import en from "./en/index";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const namespaceFiles = (locale: string) =>
  readdirSync(path.join(import.meta.dirname, locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();

describe("messages", () => {
  it("German has exactly the English keys", () => {
    expect(keys(de as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  it("every namespace file is loaded by its locale's index", () => {
    expect(Object.keys(en).sort()).toEqual(namespaceFiles("en"));
    expect(Object.keys(de).sort()).toEqual(namespaceFiles("de"));
  });

  it("no message is empty", () => {
    for (const tree of [en, de]) {
      const empty = keys(tree as Tree).filter((k) => {
        const value = k.split(".").reduce<unknown>((node, part) => (node as Tree)[part], tree);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
