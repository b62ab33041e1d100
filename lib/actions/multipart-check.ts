// A linear structural check of a multipart/form-data body, run by proxy.ts before Next parses
// a form post. Next's action handler turns any parse failure (no boundary, a truncated body, a
// part without headers) into a 500; checking the framing first lets those requests get a 400.
// It only walks the delimiters (Buffer.indexOf), never decodes values, so it costs one scan.

export type MultipartProblem = { status: 400 | 413; message: string };

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

/** The boundary parameter of a multipart/form-data Content-Type (RFC 2046: 1–70 characters). */
export function multipartBoundary(contentType: string): string | undefined {
  const param = contentType
    .split(";")
    .slice(1)
    .map((p) => p.trim())
    .find((p) => p.toLowerCase().startsWith("boundary="));
  if (!param) return undefined;
  let value = param.slice("boundary=".length);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return value.length >= 1 && value.length <= 70 ? value : undefined;
}

const bad = (message: string): MultipartProblem => ({ status: 400, message: `Malformed form data: ${message}.` });

export function multipartProblem(contentType: string, body: Buffer, maxBytes: number): MultipartProblem | undefined {
  if (body.length > maxBytes)
    return { status: 413, message: `The form is larger than ${Math.floor(maxBytes / 1024).toLocaleString("en-US")} KB.` };
  const boundary = multipartBoundary(contentType);
  if (!boundary) return bad("no boundary in the Content-Type header");
  const delimiter = Buffer.from(`--${boundary}`);
  const separator = Buffer.from(`\r\n--${boundary}`);
  const first = body.indexOf(delimiter);
  if (first < 0 || (first > 0 && !body.subarray(first - 2, first).equals(CRLF))) return bad("the first boundary is missing");
  let pos = first + delimiter.length;
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return undefined; // "--": the closing delimiter
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++; // transport padding after a boundary
    if (!body.subarray(pos, pos + 2).equals(CRLF)) return bad("a boundary is not followed by a line break");
    const start = pos + 2;
    const next = body.indexOf(separator, start);
    if (next < 0) return bad("the body ends before its closing boundary");
    const headerEnd = body.indexOf(HEADER_END, start);
    if (headerEnd < 0 || headerEnd + HEADER_END.length > next) return bad("a part has no header block");
    const headers = body.toString("latin1", start, headerEnd).toLowerCase();
    if (!headers.includes("content-disposition:") || !headers.includes("form-data"))
      return bad("a part has no Content-Disposition: form-data header");
    pos = next + separator.length;
  }
}
