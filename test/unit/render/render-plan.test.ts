import { describe, expect, it } from "vitest";
import { renderPlan } from "../../../src/render/render-plan.js";
import { renderPlanJson } from "../../../src/render/render-plan-json.js";
import { renderPlanMarkdown } from "../../../src/render/render-plan-markdown.js";
import { renderPlanText } from "../../../src/render/render-plan-text.js";
import { bigPlan } from "../../support/plan-fixture.js";

describe("renderPlan", () => {
  const plan = bigPlan(150, 3, { reason: (i) => `r${i}` });
  const base = {
    lang: "en",
    file: "bl.yaml",
    color: true,
    full: true,
    linkBase: "https://x/bl.yaml",
  } as const;

  it.each([
    ["text", renderPlanText(plan, { lang: "en", color: true, full: true, file: "bl.yaml" })],
    ["json", renderPlanJson(plan)],
    [
      "markdown",
      renderPlanMarkdown(plan, { lang: "en", file: "bl.yaml", linkBase: "https://x/bl.yaml" }),
    ],
  ] as const)("renders --format %s with its renderer and options", (format, expected) => {
    const text = renderPlan(plan, { ...base, format });
    expect(text).toBe(expected);
    expect(text.endsWith("\n")).toBe(true);
  });
});
