import Ajv from "ajv";
import { execa } from "execa";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, expect, it } from "vitest";
import { assertBuilt, cleanNews, ROOT, scratchFolder } from "../helpers/cli.js";

assertBuilt();

// A corpus article, and a copy of it whose scraper blanked its hyphenated words: only the
// article, as evidence, tells what they were.
const ARTICLE = "Talks in Seoul\n\nPresident Park Geun-hye met the defence minister on Monday to prepare the two-plus-two talks in Seoul, officials said.\n\nA joint statement on the long-term plan followed later in the day, the ministry added.\n";
const BLANKED = ARTICLE.replace(/ Geun-hye| two-plus-two| long-term/g, "  ");
const RESTORED = "President Park Geun-hye met the defence minister on Monday to prepare the two-plus-two talks in Seoul, officials said.";

let root: string;
beforeEach(async () => {
  root = scratchFolder("clean-news-index-evidence-");
  mkdirSync(path.join(root, "corpus"));
  writeFileSync(path.join(root, "corpus", "seoul.txt"), ARTICLE);
  expect((await cleanNews(["--write-index", "corpus.idx", "corpus"], { cwd: root })).exitCode).toBe(0);
});

it("standard input with --index is cleaned with the index's evidence (it was ignored)", async () => {
  const alone = await cleanNews(["-"], { cwd: root, input: BLANKED });
  expect(alone.stdout).not.toContain(RESTORED);
  const indexed = await cleanNews(["--index", "corpus.idx", "-"], { cwd: root, input: BLANKED });
  expect(indexed.exitCode).toBe(0);
  expect(indexed.stdout).toContain(RESTORED);
  expect(indexed.stderr).not.toContain("warning");
});

it("--staged with --index, as SPEC's hook with evidence, restores what the corpus shows (it was ignored)", async () => {
  const repo = path.join(root, "repo");
  mkdirSync(repo);
  const git = (...args: string[]) => execa("git", args, { cwd: repo, env: { GIT_CONFIG_NOSYSTEM: "1", HOME: repo } });
  await git("init", "-q");
  writeFileSync(path.join(repo, "story.txt"), BLANKED);
  await git("add", "story.txt");
  writeFileSync(path.join(repo, "corpus.idx"), readFileSync(path.join(root, "corpus.idx")));
  mkdirSync(path.join(repo, "corpus"));
  writeFileSync(path.join(repo, "corpus", "seoul.txt"), ARTICLE);
  const run = await cleanNews(["--staged", "--index", "corpus.idx"], { cwd: repo });
  expect(run.exitCode).toBe(0);
  expect(readFileSync(path.join(repo, "story.clean.txt"), "utf8")).toContain(RESTORED);
});

it("warns, naming the index, when the files it names are not there (a run from another folder), even with -q and in --json", async () => {
  const elsewhere = path.join(root, "elsewhere");
  mkdirSync(elsewhere);
  writeFileSync(path.join(elsewhere, "story.txt"), BLANKED);
  const human = await cleanNews(["-q", "--check", "--index", "../corpus.idx", "story.txt"], { cwd: elsewhere });
  expect(human.stderr.split("\n")[0]).toBe(
    "warning ../corpus.idx: files it names as evidence are not there (1 of the 1 looked for, such as corpus/seoul.txt): the rules that read evidence do without them. An index names files relative to the folder it was written from: clean from that folder",
  );
  expect(human.exitCode).toBe(1);
  const json = JSON.parse((await cleanNews(["--json", "--check", "--index", "../corpus.idx", "story.txt"], { cwd: elsewhere })).stdout);
  expect(json.warnings).toEqual([{ path: "../corpus.idx", reason: expect.stringContaining("1 of the 1 looked for") }]);
  const validate = new Ajv().compile(JSON.parse(readFileSync(path.join(ROOT, "schema", "report.schema.json"), "utf8")));
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  const github = await cleanNews(["--reporter", "github", "--check", "--index", "../corpus.idx", "story.txt"], { cwd: elsewhere });
  expect(github.stdout.split("\n")[0]).toMatch(/^::warning file=..\/corpus.idx,title=clean-news::files it names as evidence are not there/);
  const junit = await cleanNews(["--reporter", "junit", "--check", "--index", "../corpus.idx", "story.txt"], { cwd: elsewhere });
  expect(junit.stdout).toContain("<system-err>warning ../corpus.idx: files it names as evidence are not there");
  const fromItsFolder = await cleanNews(["--json", "--check", "--index", "corpus.idx", "elsewhere/story.txt"], { cwd: root });
  expect(JSON.parse(fromItsFolder.stdout).warnings).toBeUndefined();
});

it("looks for a sample of the files a large index names, not each (a hook with a big index stays quick)", async () => {
  const big = path.join(root, "big");
  mkdirSync(big);
  for (let i = 0; i < 100; i++) writeFileSync(path.join(big, `a${String(i).padStart(3, "0")}.txt`), ARTICLE.replace("Monday", `day ${i}`));
  expect((await cleanNews(["--write-index", "big.idx", "big"], { cwd: root })).exitCode).toBe(0);
  rmSync(big, { recursive: true });
  const run = await cleanNews(["--index", "big.idx", "-"], { cwd: root, input: BLANKED });
  expect(run.exitCode).toBe(0);
  expect(run.stderr).toContain("warning big.idx: files it names as evidence are not there (64 of the 64 looked for, such as big/a000.txt)");
});
