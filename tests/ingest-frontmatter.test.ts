import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../src/ingest/frontmatter.js";
import { parseSource } from "../src/ingest/index.js";
import { PodiumError } from "../src/errors.js";

describe("splitFrontMatter", () => {
  it("splits a leading YAML block and says where the body starts", () => {
    const text = "---\ntitle: 全市工作会议讲话\ndate: 2024-03-01\ntheme: dark\n---\n# 标题\n正文";
    const result = splitFrontMatter(text, "s.md");
    expect(result.frontMatter).toEqual({ title: "全市工作会议讲话", date: "2024-03-01", theme: "dark" });
    expect(result.body).toBe("# 标题\n正文");
    expect(result.bodyStartLine).toBe(6);
  });

  it("accepts `...` as the closing line and an empty block", () => {
    expect(splitFrontMatter("---\na: 1\n...\nbody", "s.md")).toMatchObject({
      frontMatter: { a: 1 },
      body: "body",
    });
    expect(splitFrontMatter("---\n---\nbody", "s.md")).toEqual({
      frontMatter: {},
      body: "body",
      bodyStartLine: 3,
    });
  });

  it("gives its title to a text that states none in a `#` heading", async () => {
    const read = (text: string) => parseSource(new TextEncoder().encode(text), "post.md", "md");
    const post =
      '---\ntitle: "Three Winters In: What a Tool Library Taught Us"\nauthor: Dana\n---\n\nWhen we opened, we had 63 tools.';
    expect((await read(post)).title).toBe("Three Winters In: What a Tool Library Taught Us");
    expect((await read(post.replace("\n\nWhen", "\n# 标题\n\nWhen"))).title).toBe("标题");
  });

  it("leaves text without front matter alone", () => {
    const text = "同志们：\n---\na: 1\n---";
    expect(splitFrontMatter(text, "s.md")).toEqual({ frontMatter: {}, body: text, bodyStartLine: 1 });
  });

  it("leaves a `---` rule that is not followed by YAML in the body", () => {
    const text = "---\n同志们，今天我们开会。这是第一段，没有冒号\n---\n正文";
    expect(splitFrontMatter(text, "s.md")).toEqual({ frontMatter: {}, body: text, bodyStartLine: 1 });
    const unclosed = "---\ntitle: x\n正文";
    expect(splitFrontMatter(unclosed, "s.md").body).toBe(unclosed);
  });

  it.each([
    ["---\ntitle: 讲话\nfoo: [1, 2\n---\nbody", 3],
    ["---\ntitle: a\ntitle: b\n---\nbody", 3],
    ['---\ntitle: "unclosed\n---\nbody', 2],
  ])("invalid YAML is an error naming the file and the line: %j", (text, line) => {
    let error: unknown;
    try {
      splitFrontMatter(text, "talk.md");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PodiumError);
    const message = (error as PodiumError).message;
    expect(message).toMatch(new RegExp(`^talk\\.md: line ${line}: invalid front matter: `));
    expect(message).not.toContain("\n");
  });

  it("a YAML list is no front matter: the block stays in the body", () => {
    const text = "---\n- a\n- b\n---\nbody";
    expect(splitFrontMatter(text, "s.md")).toEqual({ frontMatter: {}, body: text, bodyStartLine: 1 });
    expect(splitFrontMatter("---\ntags:\n  - a\n---\nbody", "s.md").frontMatter).toEqual({ tags: ["a"] });
  });
});
