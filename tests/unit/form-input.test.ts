// The action form budget and the multipart framing check: what passes, what is refused.
import { describe, expect, it } from "vitest";
import { FORM_BUDGET, readFormInput } from "@/lib/actions/form-input";
import { multipartBoundary, multipartProblem } from "@/lib/actions/multipart-check";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("readFormInput", () => {
  it("collects repeated names into one array in order, skips Next's $ACTION fields, keeps __proto__ a plain key", () => {
    const result = readFormInput(
      form([
        ["a", "1"],
        ["$ACTION_ID_x", ""],
        ["a", "2"],
        ["a", "3"],
        ["__proto__", "p"],
        ["b", "x"],
      ]),
    );
    expect(result).toEqual({ ok: true, input: expect.objectContaining({ a: ["1", "2", "3"], b: "x" }) });
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.input)).toBeNull();
    expect(result.input["__proto__"]).toBe("p");
    expect("$ACTION_ID_x" in result.input).toBe(false);
  });

  it("accepts a form exactly at each limit and refuses one entry or byte more", () => {
    expect(readFormInput(form(Array.from({ length: FORM_BUDGET.maxRepeats }, () => ["a", "x"]))).ok).toBe(true);
    expect(readFormInput(form(Array.from({ length: FORM_BUDGET.maxRepeats + 1 }, () => ["a", "x"])))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/“a” more than 20 times/),
    });
    expect(readFormInput(form(Array.from({ length: FORM_BUDGET.maxFields }, (_, i) => [`f${i}`, "x"]))).ok).toBe(true);
    expect(readFormInput(form(Array.from({ length: FORM_BUDGET.maxFields + 1 }, (_, i) => [`f${i}`, "x"]))).ok).toBe(false);
    // Bytes, not characters: "é" is two bytes in UTF-8.
    expect(readFormInput(form([["t", "é".repeat(FORM_BUDGET.maxValueBytes / 2)]])).ok).toBe(true);
    expect(readFormInput(form([["t", "é".repeat(FORM_BUDGET.maxValueBytes / 2 + 1)]])).ok).toBe(false);
  });
});

describe("multipartProblem", () => {
  const LIMIT = 2 * 1024 * 1024;
  async function encoded(fd: FormData): Promise<[string, Buffer]> {
    const request = new Request("http://x", { method: "POST", body: fd });
    return [request.headers.get("content-type") ?? "", Buffer.from(await request.arrayBuffer())];
  }

  it("passes what a browser-style encoder sends, files and empty values included", async () => {
    const fd = form([
      ["email", "a@b.co"],
      ["empty", ""],
      ["text", "line\r\n--not a boundary\r\n"],
    ]);
    fd.append("file", new File(["PK\u0003\u0004 bytes\r\n\r\n"], "r.docx"));
    const [contentType, body] = await encoded(fd);
    expect(multipartProblem(contentType, body, LIMIT)).toBeUndefined();
  });

  it("reads quoted and unquoted boundaries and refuses truncated or unframed bodies", async () => {
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(multipartBoundary("multipart/form-data; charset=utf-8; BOUNDARY=xyz")).toBe("xyz");
    expect(multipartBoundary("multipart/form-data")).toBeUndefined();
    const [contentType, body] = await encoded(form([["a", "1"]]));
    expect(multipartProblem(contentType, body.subarray(0, body.length - 8), LIMIT)).toMatchObject({ status: 400 });
    expect(multipartProblem(contentType, Buffer.from("hello"), LIMIT)).toMatchObject({ status: 400 });
    expect(multipartProblem(contentType, body, body.length - 1)).toMatchObject({ status: 413 });
  });
});
