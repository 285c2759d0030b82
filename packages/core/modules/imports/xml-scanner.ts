import { StringDecoder } from "node:string_decoder";
import { unreadableFile } from "./zip-entries";

// A minimal streaming XML scanner for the parts of an XLSX file. Unlike a general parser it never
// accumulates text: text is handed over slice by slice as it arrives, so a hostile text node of any
// size costs no memory here; the handler keeps only what it needs, up to its own cap.

export type XmlHandler = {
  /** An element opens; `name` without its namespace prefix, `attrs` the raw attribute text. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data (entities not decoded; CDATA already escaped). */
  text(raw: string): void;
};

/** The longest tag (with its attributes) accepted; no part of a real workbook comes close. */
const MAX_TAG = 64 * 1024;

export class XmlScanner {
  private rest = "";
  private readonly decoder = new StringDecoder("utf8");

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: Buffer): void {
    this.scan(this.rest + this.decoder.write(chunk));
  }

  end(): void {
    this.scan(this.rest + this.decoder.end());
    if (this.rest.trim()) throw damaged();
  }

  private scan(input: string): void {
    const { handler } = this;
    let i = 0;
    this.rest = "";
    while (i < input.length) {
      const lt = input.indexOf("<", i);
      if (lt < 0) {
        handler.text(input.slice(i));
        return;
      }
      if (lt > i) handler.text(input.slice(i, lt));
      const end = tagEnd(input, lt);
      if (end < 0) {
        if (input.length - lt > MAX_TAG) throw damaged();
        this.rest = input.slice(lt);
        return;
      }
      const second = input.charCodeAt(lt + 1);
      if (second === 0x21 /* ! */) {
        if (input.startsWith("<![CDATA[", lt)) handler.text(escapeText(input.slice(lt + 9, end - 2)));
      } else if (second === 0x2f /* / */) {
        handler.close(localName(input.slice(lt + 2, end).trim()));
      } else if (second !== 0x3f /* ? */) {
        const selfClosing = input.charCodeAt(end - 1) === 0x2f;
        const body = input.slice(lt + 1, selfClosing ? end - 1 : end);
        const space = body.search(/\s/);
        const name = localName(space < 0 ? body : body.slice(0, space));
        handler.open(name, space < 0 ? "" : body.slice(space), selfClosing);
        if (selfClosing) handler.close(name);
      }
      i = end + 1;
    }
  }
}

/** Index of the ">" that ends the markup starting at `lt` (-1 when it has not arrived yet). */
function tagEnd(input: string, lt: number): number {
  if (input.startsWith("<!--", lt)) {
    const end = input.indexOf("-->", lt + 4);
    return end < 0 ? -1 : end + 2;
  }
  if (input.startsWith("<![CDATA[", lt)) {
    const end = input.indexOf("]]>", lt + 9);
    return end < 0 ? -1 : end + 2;
  }
  let quote = 0;
  for (let i = lt + 1; i < input.length; i += 1) {
    const c = input.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

const escapeText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const damaged = () => unreadableFile("The spreadsheet is damaged: its XML is cut off or malformed");

/** The attributes of a tag as a map (names without prefix). */
export function attributes(raw: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1] ?? "";
    result.set(localName(name), decodeXml(match[2] ?? match[3] ?? ""));
  }
  return result;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities and OOXML's `_xHHHH_` escapes → text. */
export function decodeXml(raw: string): string {
  let text = raw;
  if (text.includes("&")) {
    text = text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
      if (entity[0] !== "#") return NAMED[entity.toLowerCase()] ?? whole;
      const code =
        entity[1] === "x" || entity[1] === "X"
          ? Number.parseInt(entity.slice(2), 16)
          : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ""; // U+0000 dropped
    });
  }
  if (text.includes("_x")) {
    text = text.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code === 0 ? "" : String.fromCharCode(code);
    });
  }
  return text;
}
