// schema.prisma and the database produced by prisma/migrations must agree exactly: tables,
// columns, types, nullability, primary keys, uniques, indexes, foreign keys and enums.
import { describe, expect, it } from "vitest";
import { shapeFromDatabase, shapeFromPrismaSchema } from "../support/schema-model";

describe("schema drift", () => {
  it("the migrated database matches schema.prisma", async () => {
    const expected = shapeFromPrismaSchema("prisma/schema.prisma");
    const actual = await shapeFromDatabase(process.env.DATABASE_URL!);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
    expect(expected.columns.length).toBeGreaterThan(50);
  });
});
