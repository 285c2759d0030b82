/** How a CSV file is written, guessed from its first bytes. */
export type CsvFormat = { encoding: "utf8" | "utf16le" | "latin1"; delimiter: string };

const DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * Encoding: a UTF-16 LE byte-order mark, else UTF-8 if the sample decodes as UTF-8 (a UTF-8 BOM is
 * removed by the parser), else Windows-1252/Latin-1 (Excel's "CSV" on Western systems).
 * Delimiter: the candidate that occurs most often outside quotes on the header line (comma on a tie).
 */
export function sniffCsv(sample: Buffer): CsvFormat {
  let encoding: CsvFormat["encoding"] = "utf8";
  let text: string;
  if (sample[0] === 0xff && sample[1] === 0xfe) {
    encoding = "utf16le";
    text = sample.subarray(2).toString("utf16le");
  } else {
    // A multi-byte character may be cut at the end of the sample: leave the last bytes out of the check.
    const checked = sample.length > 4096 ? sample.subarray(0, sample.length - 4) : sample;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(checked);
    } catch {
      encoding = "latin1";
      text = sample.toString("latin1");
    }
  }
  return { encoding, delimiter: detectDelimiter(text) };
}

function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}
