import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseDate, parseDecimal, parseSizeBand, splitFullName } from "./parse-values";
import { readRows } from "./read-rows";
import { sniffCsv } from "./sniff-csv";

async function rowsOf(content: Buffer | string, ext = "csv") {
  const dir = await mkdtemp(path.join(tmpdir(), "crm-read-rows-"));
  const file = path.join(dir, `f.${ext}`);
  await writeFile(file, content);
  const reader = await readRows(file, ext === "xlsx" ? "xlsx" : "csv");
  const out: string[][] = [];
  for await (const { values } of reader.rows) out.push(values);
  return out;
}

describe("readRows: CSV", () => {
  it("reads comma CSV with a UTF-8 BOM and quoted line breaks and quotes", async () => {
    const csv = '\uFEFFName,Notes\r\n"Müller, Anna","line one\nline two"\r\nBob,"say ""hi"""\r\n';
    expect(await rowsOf(csv)).toEqual([
      ["Name", "Notes"],
      ["Müller, Anna", "line one\nline two"],
      ["Bob", 'say "hi"'],
    ]);
  });

  it("detects semicolon and tab delimiters", async () => {
    expect(await rowsOf("Vorname;Nachname;Umsatz\nJörg;Groß;1.234,50\n")).toEqual([
      ["Vorname", "Nachname", "Umsatz"],
      ["Jörg", "Groß", "1.234,50"],
    ]);
    expect(await rowsOf("a\tb\n1\t2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("reads Windows-1252 (Latin-1) files from Excel", async () => {
    expect(await rowsOf(Buffer.from("Name;Stadt\nJürgen;Köln\n", "latin1"))).toEqual([
      ["Name", "Stadt"],
      ["Jürgen", "Köln"],
    ]);
    expect(sniffCsv(Buffer.from("a;b\n", "latin1")).encoding).toBe("utf8");
    expect(sniffCsv(Buffer.from("ä;b\n", "latin1")).encoding).toBe("latin1");
  });

  it("refuses a record longer than 1 MB (an unclosed quote) instead of holding the file; drops U+0000", async () => {
    const open = `Name,Notes\nAda,"never closed ${"x".repeat(1_100_000)}\n`;
    await expect(rowsOf(open)).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/Row 2 is longer than 1 MB/),
    });
    expect(await rowsOf("Na\u0000me,Email\nAda,a\u0000@b.co\n")).toEqual([
      ["Name", "Email"],
      ["Ada", "a@b.co"],
    ]);
  });

  it("ignores delimiters inside quotes when sniffing", () => {
    expect(sniffCsv(Buffer.from('"a;b;c",d,e\n')).delimiter).toBe(",");
  });
});

describe("readRows: XLSX", () => {
  it("reads the first sheet with dates, numbers and formulas as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Contacts");
    sheet.addRow(["First Name", "Close Date", "Amount", "Total"]);
    sheet.addRow(["Ada", new Date(Date.UTC(2024, 2, 5)), 1200.5, { formula: "C2*2", result: 2401 }]);
    workbook.addWorksheet("Other").addRow(["ignored"]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await rowsOf(buffer, "xlsx")).toEqual([
      ["First Name", "Close Date", "Amount", "Total"],
      ["Ada", "2024-03-05", "1200.5", "2401"],
    ]);
  });
});

describe("parse values", () => {
  it("numbers in US and German notation", () => {
    expect(parseDecimal("1,234.50")).toBe(1234.5);
    expect(parseDecimal("1.234,50")).toBe(1234.5);
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("1,000,000")).toBe(1_000_000);
    expect(parseDecimal("€ 99")).toBe(99);
    expect(parseDecimal("n/a")).toBeUndefined();
  });
  it("dates", () => {
    expect(parseDate("2024-03-05T10:00:00Z")).toBe("2024-03-05");
    expect(parseDate("03/05/2024")).toBe("2024-03-05");
    expect(parseDate("25/12/2024")).toBe("2024-12-25");
    expect(parseDate("05.03.2024")).toBe("2024-03-05");
    expect(parseDate("2024-02-30")).toBeUndefined();
  });
  it("size bands and names", () => {
    expect(parseSizeBand("120")).toBe("51-200");
    expect(parseSizeBand("11-50")).toBe("11-50");
    expect(splitFullName("Jane van der Berg")).toEqual({ firstName: "Jane", lastName: "van der Berg" });
    expect(splitFullName("Berg, Jane")).toEqual({ firstName: "Jane", lastName: "Berg" });
  });
});
