import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const documents = ["README.md", ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];

describe("the README and docs link only files inside the repository", () => {
  it.each(documents)("%s", (document) => {
    const text = readFileSync(join(root, document), "utf8");
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^(https?:|mailto:|#)/.test(target));
    const broken = targets.filter((target) => {
      const path = resolve(root, document, "..", target.split("#")[0]!);
      return relative(root, path).startsWith("..") || !existsSync(path);
    });
    expect(broken).toEqual([]);
  });
});
