import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSchema } from "../../../src/desired/blacklist-schema.js";
import { checkDesired, userPasses } from "../../../src/desired/check-desired.js";
import type { RawDocument } from "../../../src/desired/raw-document.js";

const NOW = new Date("2026-06-01T12:00:00Z");

/** What schema/blacklist.schema.json says of one user, through ajv. */
const schemaAccepts = (user: unknown): boolean =>
  validateSchema({ version: 1, users: [user] }).length === 0;

/** A document as a reader would hand it over, positions all at 1:1. */
const documentOf = (data: unknown): RawDocument => ({
  data,
  locate: () => ({ line: 1, column: 1 }),
  sourceText: () => undefined,
});

const openid = fc.oneof(
  fc.stringMatching(/^oDF3iY[A-Za-z0-9_-]{22}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,130}$/),
  fc.constantFrom("", " o1", "o\r", "o.1", "o\n1", "o2 ", "é"),
);
const value = fc.oneof(
  { weight: 3, arbitrary: openid },
  {
    weight: 2,
    arbitrary: fc.constantFrom("2027-03-01", "2027-3-1", "2027-02-30", "27-03-01", "2027-03-01 "),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
      fc.dictionary(fc.constantFrom("openid", "a"), fc.string({ maxLength: 3 }), { maxKeys: 1 }),
    ),
  },
);
const record = fc
  .tuple(
    fc.record({ openid: value, reason: value, expires: value }, { requiredKeys: [] }),
    fc.option(fc.tuple(fc.constantFrom("reasn", "Openid", "line", "note", ""), value), {
      freq: 4,
    }),
  )
  .map(([known, extra]) => (extra === null ? known : { ...known, [extra[0]]: extra[1] }));
const user = fc.oneof({ weight: 1, arbitrary: value }, { weight: 3, arbitrary: record });

describe("the hand check of users and schema/blacklist.schema.json", () => {
  it("agree on every user: userPasses is exactly what the schema accepts", () => {
    let accepted = 0;
    fc.assert(
      fc.property(user, (item) => {
        const expected = schemaAccepts(item);
        if (expected) accepted++;
        expect(userPasses(item)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // Both answers are well represented among the generated users.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });

  it("checkDesired never lets through a user the schema refuses", () => {
    fc.assert(
      fc.property(fc.array(user, { minLength: 1, maxLength: 3 }), (users) => {
        const refused = users.some((item) => !schemaAccepts(item));
        const result = checkDesired(documentOf({ version: 1, users: structuredClone(users) }), NOW);
        if (refused) {
          expect(result.checked).toBeUndefined();
          expect(result.findings.some((f) => f.severity === "error")).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
