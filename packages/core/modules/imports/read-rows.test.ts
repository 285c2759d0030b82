import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text";
import { parseDate, parseDecimal, parseSizeBand, splitFullName } from "./parse-values";
import { readRows } from "./read-rows";
import { sniffCsv } from "./sniff-csv";
import { NS, writeXlsx } from "./xlsx-test-helpers";

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

describe("readRows: XLSX written by other tools", () => {
  it("reads rich and inline text, booleans, entities, sparse cells and prefixed tags of the first visible sheet", async () => {
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const file = await writeXlsx({
      "xl/workbook.xml": `<x:workbook xmlns:x="urn:x" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Hidden" sheetId="2" state="hidden" r:id="rId9"/><x:sheet name="Data" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      "xl/styles.xml": `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
      "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId9" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      "xl/sharedStrings.xml": `<sst ${NS}><si><t>Name</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Müller </t></r><r><t>&amp; Söhne</t></r><rPh><t>ignored</t></rPh></si><si><t>Line_x000D_two &#x263A;</t></si></sst>`,
      "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Active</t></is></c><c r="D1" t="str"><f>1</f><v>Since</v></c></row><row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" s="1"><v>0</v></c><c r="E3" t="e"><v>#N/A</v></c></row></sheetData></worksheet>`,
      "xl/worksheets/sheet2.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>`,
    });
    const reader = await readRows(file, "xlsx");
    const rows: { row: number; values: string[] }[] = [];
    for await (const row of reader.rows) rows.push(row);
    expect(rows).toEqual([
      { row: 1, values: ["Name", "", "Active", "Since"] },
      { row: 3, values: ["Müller & Söhne", "Line\rtwo ☺", "true", "1904-01-01"] },
    ]);
  });
});

// Regression: the XLSX reader let U+0000 through (a raw 0x00 in a shared string came back as
// "Ac\u0000me") and numeric references such as &#xD800; gave lone surrogates; PostgreSQL refuses
// both (text, jsonb). Both readers now give well-formed text without NUL, through one helper.
describe("readRows: text PostgreSQL can store", () => {
  it("cleanText drops U+0000 and replaces lone surrogates, keeping pairs", () => {
    expect(cleanText("Ac\u0000me")).toBe("Acme");
    expect(cleanText("a\uD800b\uDC00c")).toBe("a\uFFFDb\uFFFDc");
    expect(cleanText("end\uD83D")).toBe("end\uFFFD");
    expect(cleanText("ok 😀 \uD83D\uDE00")).toBe("ok 😀 😀");
  });

  it("XLSX: NUL dropped and lone surrogates replaced in shared, inline and _xHHHH_ text", async () => {
    const file = await writeXlsx({
      "xl/sharedStrings.xml": Buffer.from(
        `<sst ${NS}><si><t>Ac\u0000me</t></si><si><t>x_xD800_y</t></si></sst>`,
      ),
      "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Bo&#xD800;b &#0; &#x1F600;</t></is></c><c r="D1" t="str"><v>&#xDC00;z</v></c></row></sheetData></worksheet>`,
    });
    expect(await rowsOf(await readFile(file), "xlsx")).toEqual([
      ["Acme", "x\uFFFDy", "Bo\uFFFDb  😀", "\uFFFDz"],
    ]);
  });

  it("CSV: NUL dropped as before", async () => {
    expect(await rowsOf("Na\u0000me\nA\u0000da\n")).toEqual([["Name"], ["Ada"]]);
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
