import { describe, expect, it } from "vitest";
import { requestIdFrom } from "@/lib/domain/request-id";

describe("requestIdFrom", () => {
  const fresh = () => "generated";
  it("keeps a plain client id of 8 to 64 characters", () => {
    expect(requestIdFrom("abc-123_x.y", fresh)).toBe("abc-123_x.y");
    expect(requestIdFrom("a".repeat(64), fresh)).toBe("a".repeat(64));
  });
  it.each([null, undefined, "", "short", "a".repeat(65), "has space12", "line\nbreak123", "<script>alert(1)</script>"])(
    "replaces %j",
    (value) => expect(requestIdFrom(value, fresh)).toBe("generated"),
  );
});
