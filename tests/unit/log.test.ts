import { describe, expect, it } from "vitest";
import { createLogger, onErrorLogged } from "@/lib/log";
import { REDACTED } from "@/lib/domain/redact-links";
import { allowConsoleError } from "../support/console-error-trap";

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) }, "info");
  return { logger, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const RESET_LINK = "https://chartpath.example/reset-password?token=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";

describe("structured logs", () => {
  it("redacts secret fields and links in error messages", () => {
    allowConsoleError(); // the error logged here is the point
    const { logger, entries } = capture();
    logger.error(
      {
        user: { id: "u1", password: "hunter2hunter2" },
        token: "t0k3n",
        resumeText: "Jane Doe, 10 years of coding",
        err: new Error(`send failed for ${RESET_LINK}`),
      },
      `could not deliver ${RESET_LINK}`,
    );
    const [entry] = entries();
    const raw = JSON.stringify(entry);
    expect(raw).not.toContain("hunter2");
    expect(raw).not.toContain("t0k3n");
    expect(raw).not.toContain("Jane Doe");
    expect(raw).not.toContain("AbCdEfGhIjKlMnOpQrStUvWxYz");
    expect(entry).toMatchObject({ level: 50, user: { id: "u1", password: "[redacted]" }, token: "[redacted]", resumeText: "[redacted]" });
    const err = entry!.err as { type: string; message: string; stack: string };
    expect(err.type).toBe("Error");
    expect(err.message).toContain(REDACTED);
    expect(err.stack).not.toContain("token=");
    expect(entry!.msg).toContain(REDACTED);
    expect(entry).not.toHaveProperty("hostname");
  });

  it("tells error listeners even when the level is silent", () => {
    allowConsoleError();
    const logger = createLogger(undefined, "silent");
    const seen: unknown[][] = [];
    const off = onErrorLogged((_level, args) => seen.push(args));
    logger.info("quiet");
    logger.child({ requestId: "r1" }).error("boom");
    off();
    expect(seen).toEqual([["boom"]]);
  });
});
