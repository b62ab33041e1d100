import { describe, expect, it } from "vitest";
import { neutralizeCell, parseCsv, toCsv, type CsvParseResult } from "@/lib/domain/csv";

const okOf = (r: CsvParseResult) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.kind}: ${r.error.message}`);
  return r;
};
const errOf = (r: CsvParseResult) => (r.ok ? undefined : r.error.kind);

describe("toCsv", () => {
  it("neutralizes cells that a spreadsheet would run as formulas", () => {
    for (const bad of ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]) {
      expect(neutralizeCell(bad)).toBe(`'${bad}`);
    }
    expect(neutralizeCell("CPC-A")).toBe("CPC-A");
    expect(neutralizeCell(" =not-first")).toBe(" =not-first");
    expect(neutralizeCell(-5)).toBe("-5");
    expect(neutralizeCell(null)).toBe("");
    expect(neutralizeCell(true)).toBe("true");
  });
  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["name", "note"],
        ["Lee, Ana", 'said "hi"'],
        ["multi\nline", ""],
      ]),
    ).toBe('name,note\r\n"Lee, Ana","said ""hi"""\r\n"multi\nline",\r\n');
  });
  it("quotes cells holding a semicolon or tab, so another locale's delimiter cannot split off a formula", () => {
    expect(toCsv([["Spring;=cmd|' /C calc'!A0", "a\t=1+1", "x;y"]])).toBe('"Spring;=cmd|\' /C calc\'!A0","a\t=1+1","x;y"\r\n');
  });
  it("quotes a neutralized cell that also needs quoting", () => {
    expect(toCsv([["=1,2"], ["\r\n"]])).toBe('"\'=1,2"\r\n"\'\r\n"\r\n');
  });
  it("writes objects with columns and an optional BOM", () => {
    const rows = [
      { company: "Acme, Inc.", stage: "APPLIED", score: 72 },
      { company: "=cmd|' /C calc'!A0", stage: "SAVED", score: null },
    ];
    const csv = toCsv(
      rows,
      [
        { header: "Company", value: (r) => r.company },
        { header: "Stage", value: (r) => r.stage },
        { header: "Match score", value: (r) => r.score },
      ],
      { bom: true },
    );
    expect(csv).toBe("\uFEFFCompany,Stage,Match score\r\n\"Acme, Inc.\",APPLIED,72\r\n'=cmd|' /C calc'!A0,SAVED,\r\n");
    expect(toCsv([])).toBe("");
  });
  it("round-trips through parseCsv", () => {
    const data = [
      ["Company", "Note"],
      ["Acme, Inc.", "=SUM(A1:A2)"],
      ['Bolt "Health"', "line 1\nline 2"],
    ];
    const parsed = okOf(parseCsv(toCsv(data, { bom: true })));
    expect(parsed.headers).toEqual(["Company", "Note"]);
    expect(parsed.rows.map((r) => [r.values.Company, r.values.Note])).toEqual(data.slice(1));
  });
});

describe("parseCsv", () => {
  it("handles BOM, CRLF, quoted commas and quoted newlines", () => {
    const text =
      '\uFEFFname,email,note\r\n"Rivera, Jordan",jordan@example.com,"Line one\r\nLine two"\r\nLee,lee@example.com,"He said ""hi"""\r\n';
    const r = okOf(parseCsv(text));
    expect(r.headers).toEqual(["name", "email", "note"]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toEqual({ rowNumber: 2, values: expect.objectContaining({ name: "Rivera, Jordan", note: "Line one\nLine two" }) });
    expect(r.rows[1]?.values.note).toBe('He said "hi"');
    expect(r.rowErrors).toEqual([]);
  });
  it("accepts LF and old-Mac CR line endings and skips blank lines", () => {
    expect(okOf(parseCsv("a,b\n1,2\n\n3,4\n")).rows.map((r) => r.values.b)).toEqual(["2", "4"]);
    expect(okOf(parseCsv("a,b\r1,2\r3,4")).rows).toHaveLength(2);
  });
  it("reports per-row errors for wrong cell counts and duplicates, keeping good rows", () => {
    const text = "email,name\na@x.org,Ann\nb@x.org,Bo,extra\nA@X.org ,Ann again\nc@x.org\nd@x.org,Dee";
    const r = okOf(parseCsv(text, { uniqueBy: "Email" }));
    expect(r.rows.map((x) => x.rowNumber)).toEqual([2, 6]);
    expect(r.rowErrors.map((e) => e.rowNumber)).toEqual([3, 4, 5]);
    expect(r.rowErrors[1]?.message).toMatch(/Duplicate email .*row 2/);
    expect(r.rowErrors[0]?.message).toMatch(/Expected 2 cells, found 3/);
  });
  it("reports an unclosed quote as a row error", () => {
    const r = okOf(parseCsv('a,b\n1,2\n3,"never closed\n'));
    expect(r.rowErrors.length).toBeGreaterThan(0);
    expect(r.rows.map((x) => x.rowNumber)).toEqual([2]);
  });
  it("numbers rows as a spreadsheet does, counting blank rows and one row per multi-line cell", () => {
    const r = okOf(parseCsv('a,b\n\n1,"two\nlines"\n\n3,4\n5,"x"y\n'));
    expect(r.rows.map((x) => x.rowNumber)).toEqual([3, 5]);
    expect(r.rowErrors).toEqual([{ rowNumber: 6, line: 7, message: 'Line 7: A quote inside a quoted cell must be doubled ("").' }]);
  });
  it("enforces size and row limits with clear messages", () => {
    expect(errOf(parseCsv("a\n" + "x\n".repeat(600), { maxBytes: 1000 }))).toBe("TOO_LARGE");
    expect(errOf(parseCsv("a\n" + "é\n".repeat(400), { maxBytes: 1000 }))).toBe("TOO_LARGE"); // 1,202 bytes in 802 characters
    const big = "email,name\n" + Array.from({ length: 100_000 }, (_, i) => `u${i}@x.org,User ${i}`).join("\n");
    const r = parseCsv(big, { maxBytes: 10_000_000, maxRows: 5000 });
    expect(r.ok ? null : r.error).toEqual({
      kind: "TOO_MANY_ROWS",
      message: "The file has more than 5,000 rows. Split it into smaller files.",
    });
    expect(okOf(parseCsv("a\n" + "x\n".repeat(10), { maxRows: 10 })).rows).toHaveLength(10);
    expect(errOf(parseCsv("a\n" + "x\n".repeat(11), { maxRows: 10 }))).toBe("TOO_MANY_ROWS");
  });
  it("rejects binary, empty and header-only files", () => {
    expect(errOf(parseCsv("PK\u0003\u0004\u0014\u0000\u0006\u0000xl/workbook.xml"))).toBe("NOT_CSV");
    expect(errOf(parseCsv("%PDF-1.7\n%âãÏÓ"))).toBe("NOT_CSV");
    expect(errOf(parseCsv("name\u0000,\u0001\u0002\u0003"))).toBe("NOT_CSV");
    expect(errOf(parseCsv(""))).toBe("EMPTY");
    expect(errOf(parseCsv("\uFEFF \r\n \r\n"))).toBe("EMPTY");
    expect(errOf(parseCsv("email,name\r\n"))).toBe("NO_DATA_ROWS");
  });
  it("rejects blank, duplicate and missing headers", () => {
    expect(errOf(parseCsv("a,,c\n1,2,3"))).toBe("BAD_HEADER");
    expect(errOf(parseCsv("Email,email\n1,2"))).toBe("BAD_HEADER");
    const r = parseCsv("name\nAnn", { requiredHeaders: ["email", "Name"] });
    expect(r.ok ? null : r.error.message).toBe("Missing column: email.");
  });
  it("keeps a __proto__ header as plain data", () => {
    const r = okOf(parseCsv("__proto__,constructor\npolluted,yes"));
    expect(r.rows[0]?.values["__proto__"]).toBe("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.rows[0]?.values)).toBeNull();
  });
  it("trims cells and headers", () => {
    expect(okOf(parseCsv(" name , email \n  Ann  , a@x.org ")).rows[0]?.values).toEqual(
      Object.assign(Object.create(null), { name: "Ann", email: "a@x.org" }),
    );
  });
});
