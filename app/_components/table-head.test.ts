import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TableHead } from "./table-head";

const render = (className?: string | null) =>
  renderToStaticMarkup(createElement(TableHead, { columns: ["Skill", { label: "Postings", numeric: true }], className }));

describe("TableHead", () => {
  it("pads its cells by default and aligns numeric columns right", () => {
    expect(render()).toContain('<th scope="col" class="p-2">Skill</th><th scope="col" class="p-2 text-right">Postings</th>');
  });
  it("leaves its cells to the table's stylesheet with null: no empty class attribute", () => {
    const html = render(null);
    expect(html).not.toContain('class=""');
    expect(html).toContain('<th scope="col">Skill</th><th scope="col" class="text-right">Postings</th>');
  });
});
