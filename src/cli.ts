import path from "node:path";
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { BUILT_IN_RULES } from "../rules/index.js";
import { holdsPathSeparator, runsIntoName, type FileSettings } from "./config/schema.js";
import { DEFAULT_SUFFIX, Workspace, type FlagSettings } from "./config/workspace.js";
import { ConfigError } from "./core/configure.js";
import type { AnyRule } from "./core/types.js";
import { isByteCoding, isKnownEncoding } from "./io/codec.js";
import { discover } from "./io/discover.js";
import { runBytes, runFound, writeIndex, type Mode, type RunOptions } from "./engine.js";
import { progressLine } from "./progress.js";
import { exitCode, shellQuote, type FixCommand, type RunReport } from "./report/model.js";
import { packageVersion } from "./package-root.js";
import { parseShard } from "./shard.js";

const REPORTERS = ["human", "json", "github", "junit"] as const;
type Reporter = (typeof REPORTERS)[number];

interface Flags {
  check?: boolean;
  diff?: boolean;
  json?: boolean;
  quiet?: boolean;
  explain?: boolean;
  inPlace?: boolean;
  suffix: string;
  outDir?: string;
  ext: string;
  reference: string[];
  rules?: string;
  disable?: string;
  listRules?: boolean;
  encoding?: string;
  applySuggestions?: boolean;
  stdinFilepath?: string;
  blankMarker?: string;
  restoreParagraphs?: boolean;
  staged?: boolean;
  config?: string;
  printConfig?: string;
  plugin: string[];
  reporter?: Reporter;
  /** The quote style shorthand (fix-quotes), also settable in a config. */
  quotes?: FileSettings["quotes"];
  boilerplateMinDocs?: string;
  jobs: number;
  index?: string;
  writeIndex?: string;
  shard?: string;
  format?: "jsonl" | "csv";
  field: string[];
  idField: string;
}

const list = (value: string) => value.split(",").map((s) => s.trim()).filter(Boolean);
// Repeatable options start from nothing rather than a default of [], which the help would print.
const collect = (value: string, previous: string[] = []) => [...previous, value];
const positiveInteger = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("a whole number of at least 1 is wanted");
  return n;
};

function program(): Command {
  return new Command("clean-news")
    .description("Repairs scraped news articles and writes a clean copy next to each original.")
    .version(packageVersion())
    .argument("[paths...]", "files and folders to clean; - for standard input")
    .option("--check", "write nothing; exit 1 if an input is dirty and has no up-to-date clean copy")
    .option("--diff", "write nothing; print a unified diff of each change")
    .option("--json", "print the report as JSON (on stderr with - or --diff, whose stdout is data)")
    .option("-q, --quiet", "print only errors and warnings")
    .option("--explain", "print every edit and unresolved problem with its reason")
    .option("--in-place", "rewrite the originals instead of writing copies")
    .option("--suffix <text>", "inserted before the extension of each clean copy", DEFAULT_SUFFIX)
    .option("--out-dir <dir>", "write the clean copies as a mirrored tree in this folder")
    .option("--ext <list>", "extensions cleaned in folders, comma-separated", "txt")
    .option("--reference <dir>", "more documents used as evidence, never written (repeatable)", collect)
    .option("--rules <ids>", "run only these rules, comma-separated")
    .option("--disable <ids>", "do not run these rules, comma-separated")
    .option("--list-rules", "list the rules (built-in, then plugins) and exit")
    .option("--encoding <name>", "read every input in this encoding instead of detecting it")
    .option("--apply-suggestions", "apply likely fixes too, not only certain ones")
    .option("--blank-marker <text>", "put this text in each deleted word no evidence restores")
    .option("--restore-paragraphs", "put back the paragraph breaks a near-duplicate shows where a damaged copy lost them")
    .option("--quotes <style>", "quote style: auto (each document's own), curly or straight")
    .addOption(new Option("--stdin-filepath <path>", "the file that standard input stands for (its config and overrides apply)"))
    .option("--staged", "the files staged in git, as staged: with --check block the commit, else write and stage the copies")
    .option("--config <file>", "use this config for every file instead of the nearest .cleannewsrc.json")
    .option("--print-config <file>", "print the effective configuration of this file as JSON and exit")
    .option("--plugin <file>", "load a rule module with the built-in interface (repeatable)", collect)
    .addOption(new Option("--reporter <name>", "how the report is printed").choices(REPORTERS))
    .option("--boilerplate-min-docs <n>", "documents a short line must recur in to be stripped as chrome (default: scales with the run)")
    .addOption(new Option("--jobs <n>", "threads that clean").argParser(positiveInteger).default(availableParallelism(), "the number of cores"))
    .option("--write-index <file>", "only save the corpus evidence of the inputs and references to this file")
    .option("--index <file>", "use a saved corpus index instead of a corpus pass")
    .option("--shard <i/n>", "clean only share i of n of the inputs (by a stable hash of each id)")
    .addOption(new Option("--format <format>", "the input is a record stream: clean fields of each record").choices(["jsonl", "csv"]))
    .option("--field <name>", "with --format: a field to clean (repeatable)", collect)
    .option("--id-field <name>", "with --format: the field that names each record", "id")
    // One line, not the 60 of the help, so that the error and commander's "Did you mean" stay in view.
    .showHelpAfterError("(clean-news --help lists every option)")
    .exitOverride();
}

function listRules(rules: readonly AnyRule[]): string {
  return rules.map((r) => `${r.meta.id.padEnd(20)} ${r.meta.description}`).join("\n") + "\n";
}

/** Flags that are shorthands for one rule's options. */
function ruleOptionsFrom(flags: Flags): Record<string, object> {
  const options: Record<string, object> = {};
  if (flags.blankMarker !== undefined || flags.restoreParagraphs) {
    options["restore-blanks"] = {
      ...(flags.blankMarker !== undefined && { blankMarker: flags.blankMarker }),
      ...(flags.restoreParagraphs && { restoreParagraphs: true }),
    };
  }
  if (flags.quotes !== undefined) options["fix-quotes"] = { style: flags.quotes };
  if (flags.boilerplateMinDocs !== undefined) {
    const n = flags.boilerplateMinDocs;
    options["strip-boilerplate"] = { minDocs: n === "auto" ? "auto" : Number(n) };
  }
  return options;
}

/**
 * --ext as people write it: "txt,md", ".txt", "txt md", "*.txt" (a shell glob, quoted). An
 * empty list looked for nothing ("looked for ;"), and "*.txt" for "*.*.txt".
 */
function extensionsOf(value: string): string[] {
  const extensions = value.split(/[\s,]+/).map((e) => e.replace(/^\*?\.?/, "")).filter(Boolean);
  if (extensions.length === 0) throw new ConfigError(`--ext ${JSON.stringify(value)} names no extension: give one or more, comma-separated (--ext txt,md)`);
  const odd = extensions.find((e) => /[*?/\\[\]]/.test(e));
  if (odd) throw new ConfigError(`--ext takes extensions, not patterns: "${odd}" (--ext txt,md cleans *.txt and *.md)`);
  return extensions;
}

/** Rules and settings come from the workspace (configs, plugins, these flags) per file. */
function toRunOptions(paths: string[], flags: Flags): RunOptions {
  if (flags.encoding && !isKnownEncoding(flags.encoding)) throw new ConfigError(`unknown encoding "${flags.encoding}"`);
  if (flags.encoding && isByteCoding(flags.encoding)) throw new ConfigError(`--encoding ${flags.encoding} writes bytes as text, it is no encoding of text: name the file's character set (utf-8, windows-1252, ...)`);
  const modes = [flags.check && "--check", flags.diff && "--diff"].filter(Boolean);
  if (modes.length > 1) throw new ConfigError(`${modes.join(" and ")} cannot be combined`);
  // Without --format they would be ignored, and a CSV cleaned as one article.
  if (!flags.format && (flags.field.length > 0 || flags.idField !== "id")) throw new ConfigError(`${flags.field.length > 0 ? "--field" : "--id-field"} names a part of each record of a stream: add --format csv or --format jsonl`);
  if (flags.inPlace && flags.outDir) throw new ConfigError("--in-place and --out-dir cannot be combined");
  // --write-index cleans nothing: these were silently ignored (--check exited 0 over dirty files).
  if (flags.writeIndex) {
    const ignored = [flags.check && "--check", flags.diff && "--diff", flags.inPlace && "--in-place", flags.outDir !== undefined && "--out-dir", flags.index !== undefined && "--index", flags.staged && "--staged"].find(Boolean);
    if (ignored === "--index") throw new ConfigError("--write-index builds an index from the inputs and --index reads a saved one: use one or the other");
    if (ignored) throw new ConfigError(`--write-index only saves the corpus evidence and cleans nothing, so ${ignored} cannot be combined with it; run it first, then clean with --index`);
  }
  if (!flags.inPlace && !flags.outDir && flags.suffix === "") throw new ConfigError("an empty --suffix would overwrite the originals; use --in-place for that");
  const runsIn = runsIntoName(flags.suffix);
  if (runsIn) throw new ConfigError(`--suffix ${flags.suffix} ${runsIn}`);
  if (holdsPathSeparator(flags.suffix)) throw new ConfigError("--suffix must not hold a slash: the copy goes beside its input, under the input's name (--out-dir writes elsewhere)");
  const mode: Mode = flags.check ? "check" : flags.diff ? "diff" : "write";
  return {
    paths,
    references: flags.reference,
    extensions: extensionsOf(flags.ext),
    naming: { suffix: flags.suffix, outDir: flags.outDir, inPlace: Boolean(flags.inPlace) },
    mode,
    encoding: flags.encoding,
    rules: [],
    settings: { applySuggestions: Boolean(flags.applySuggestions) },
    concurrency: 8,
    jobs: flags.jobs,
    indexFile: flags.index,
    shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
  };
}

function flagSettings(flags: Flags, cli: Command): FlagSettings {
  return {
    only: flags.rules ? list(flags.rules) : undefined,
    disable: flags.disable ? list(flags.disable) : undefined,
    suffix: cli.getOptionValueSource("suffix") === "cli" ? flags.suffix : undefined,
    applySuggestions: flags.applySuggestions,
    ruleOptions: ruleOptionsFrom(flags),
    plugins: flags.plugin,
    config: flags.config,
  };
}

/**
 * A flag this run would do nothing with, named rather than passed over: a script that gives
 * one expects it to act (a copy under --out-dir that never appears, a rule list that is empty).
 */
function ignoredFlag(flags: Flags, cli: Command, stdinMode: boolean): string | null {
  const suffix = cli.getOptionValueSource("suffix") === "cli";
  if (flags.inPlace && suffix) return "--in-place rewrites the originals, so --suffix names no copy: use one or the other";
  if (stdinMode) {
    const naming = [flags.inPlace && "--in-place", flags.outDir !== undefined && "--out-dir", suffix && "--suffix"].find(Boolean);
    if (naming) return `- (standard input) is cleaned to standard output, so ${naming} has no file to name: redirect the output (clean-news - > FILE)`;
  } else if (flags.stdinFilepath !== undefined) return "--stdin-filepath names the file that standard input stands for: give - as the input";
  if (flags.shard !== undefined && (stdinMode || flags.staged)) return `--shard shares files and folders out among machines, and ${stdinMode ? "standard input" : "the staged articles"} cannot be shared out: leave it out`;
  if (flags.rules !== undefined && list(flags.rules).length === 0) return `--rules ${JSON.stringify(flags.rules)} names no rule (clean-news --list-rules lists them)`;
  return null;
}

function reporterOf(flags: Flags): Reporter {
  if (flags.json && flags.reporter && flags.reporter !== "json") throw new ConfigError(`--json and --reporter ${flags.reporter} cannot be combined`);
  return flags.json ? "json" : (flags.reporter ?? "human");
}

export interface Io {
  argv: string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** Parses, runs and reports; returns the exit code. */
export async function main(io: Io): Promise<number> {
  const cli = program().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  try {
    cli.parse(io.argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const flags: Flags = { reference: [], plugin: [], field: [], ...cli.opts<Partial<Flags>>() } as Flags;
  const paths = cli.args;
  try {
    return await execute(cli, flags, paths, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`clean-news: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function execute(cli: Command, flags: Flags, paths: string[], io: Io): Promise<number> {
  const reporter = reporterOf(flags);
  const workspace = new Workspace(flagSettings(flags, cli), BUILT_IN_RULES, (s) => ruleOptionsFrom({ quotes: s.quotes } as Flags));
  if (flags.printConfig) {
    io.stdout.write(JSON.stringify(await workspace.describe(flags.printConfig), null, 2) + "\n");
    return 0;
  }
  if (flags.listRules) {
    io.stdout.write(listRules(await workspace.rulesOf(workspace.resolve(path.resolve("-")).config)));
    return 0;
  }
  if (paths.length === 0 && !flags.staged) {
    io.stderr.write("clean-news: name at least one file or folder, - for standard input, or --staged\n");
    cli.outputHelp({ error: true });
    return 2;
  }
  const options = toRunOptions(paths, flags);
  const stdinMode = paths.length === 1 && paths[0] === "-";
  // The human summary shows edits as counts unless --explain lists them.
  if (reporter === "human" && !flags.explain) options.detail = { edits: false, unresolved: !(flags.quiet || stdinMode), suggestions: !flags.quiet };
  if (paths.includes("-") && !stdinMode) throw new ConfigError("- (standard input) cannot be mixed with other paths");
  const ignored = ignoredFlag(flags, cli, stdinMode);
  if (ignored) throw new ConfigError(ignored);
  if (stdinMode && flags.staged) throw new ConfigError("--staged reads the git index, not standard input");

  // Progress only where a person watches: a terminal, and not in a JSON report.
  const progress = io.stderr.isTTY && reporter !== "json" ? progressLine(io.stderr, flags.format ? "records" : "files") : null;
  options.onProgress = progress?.update;
  let report: RunReport | null;
  try {
    report = await produce(flags, paths, options, workspace, io);
  } finally {
    // Cleared before the report, whose first line would otherwise follow "cleaned 96/100 files".
    progress?.stop();
  }
  return print(report, flags, cli, reporter, stdinMode, options.mode, io);
}

async function produce(flags: Flags, paths: string[], options: RunOptions, workspace: Workspace, io: Io): Promise<RunReport | null> {
  const stdinMode = paths.length === 1 && paths[0] === "-";
  let report: RunReport;
  if (flags.writeIndex) await (await import("./index-file.js")).assertIndexTarget(flags.writeIndex);
  if (flags.format) {
    if (flags.staged) throw new ConfigError("--format reads one record stream, not the git index");
    const { runRecords } = await import("./records/run.js");
    const configured = await workspace.configure(options, [path.resolve(stdinMode ? (flags.stdinFilepath ?? "-") : paths[0]!)]);
    report = await runRecords(paths, configured, { format: flags.format, fields: flags.field, idField: flags.idField, writeIndex: flags.writeIndex }, io);
  } else if (flags.writeIndex) {
    if (stdinMode || flags.staged) throw new ConfigError("--write-index reads files and folders, not standard input or the git index");
    const found = await discover(paths, options.extensions, options.naming, workspace.hooks);
    report = await writeIndex(found, await workspace.configure(options, found.inputs.map((i) => i.path)), flags.writeIndex);
  } else if (flags.staged) {
    const { runStaged } = await import("./git/staged.js");
    report = await runStaged(paths, options, workspace);
    if (options.mode === "diff") for (const f of report.files) if (f.patch) io.stdout.write(f.patch);
  } else if (stdinMode) {
    // `clean-news -` typed at a prompt would otherwise wait in silence.
    if (io.stdin.isTTY) io.stderr.write("clean-news: reading the article from the terminal; end it with Ctrl-D\n");
    const bytes = await readAll(io.stdin);
    const stands = path.resolve(flags.stdinFilepath ?? "-");
    if (flags.stdinFilepath && workspace.ignored(stands)) {
      // As Prettier does: an ignored file passes through untouched.
      if (options.mode === "write") io.stdout.write(bytes);
      return null;
    }
    const result = await runBytes(bytes, flags.stdinFilepath ?? "-", await workspace.configure(options, [stands]));
    report = result.report;
    if (options.mode === "write" && result.output) io.stdout.write(result.output);
    if (options.mode === "diff") for (const f of report.files) if (f.patch) io.stdout.write(f.patch);
  } else {
    const found = await discover(paths, options.extensions, options.naming, workspace.hooks);
    report = await runFound(found, await workspace.configure(options, found.inputs.map((i) => i.path)));
    if (options.mode === "diff") for (const f of report.files) if (f.patch) io.stdout.write(f.patch);
  }
  return report;
}

/** What a record stream needs to be cleaned again, for the command --check suggests. */
function recordFlags(flags: Flags): string[] {
  if (!flags.format) return [];
  return ["--format", flags.format, ...flags.field.flatMap((f) => ["--field", shellQuote(f)]), ...(flags.idField !== "id" ? ["--id-field", shellQuote(flags.idField)] : [])];
}

/**
 * The flags of this run that shape a copy (where it goes, what the rules do, the evidence),
 * repeated in the command --check names: without them, `clean-news --check --suffix .fixed`
 * named a command that wrote NAME.clean.EXT, and the check never passed.
 */
function copyFlags(flags: Flags, cli: Command): string[] {
  const fromCli = (name: string) => cli.getOptionValueSource(name) === "cli";
  const value = (flag: string, v: string | undefined) => (v === undefined ? [] : [flag, shellQuote(v)]);
  return [
    ...(flags.inPlace ? ["--in-place"] : []),
    ...(fromCli("suffix") ? value("--suffix", flags.suffix) : []),
    ...value("--out-dir", flags.outDir),
    ...value("--config", flags.config),
    ...flags.plugin.flatMap((p) => ["--plugin", shellQuote(p)]),
    ...value("--rules", flags.rules),
    ...value("--disable", flags.disable),
    ...value("--quotes", flags.quotes),
    ...(flags.applySuggestions ? ["--apply-suggestions"] : []),
    ...value("--blank-marker", flags.blankMarker),
    ...(flags.restoreParagraphs ? ["--restore-paragraphs"] : []),
    ...value("--boilerplate-min-docs", flags.boilerplateMinDocs),
    ...value("--encoding", flags.encoding),
    ...flags.reference.flatMap((r) => ["--reference", shellQuote(r)]),
    ...value("--index", flags.index),
  ];
}

async function print(report: RunReport | null, flags: Flags, cli: Command, reporter: Reporter, stdinMode: boolean, mode: Mode, io: Io): Promise<number> {
  if (!report) return 0;
  const fixCommand: FixCommand = {
    prefix: ["clean-news", ...(flags.staged ? ["--staged"] : []), ...copyFlags(flags, cli), ...recordFlags(flags)].join(" "),
    // A copy under --out-dir goes where the tree below the folder that every path shares puts it: the command names them all.
    paths: flags.outDir && !flags.staged ? cli.args : undefined,
  };
  const data = stdinMode || mode === "diff" ? io.stderr : io.stdout;
  if (reporter === "human") {
    // no-color.org: a NO_COLOR that is set and not empty turns colour off. FORCE_COLOR, as
    // Node.js and chalk read it, decides when set ("0" or "false": plain), e.g. in a CI log.
    const force = io.env.FORCE_COLOR;
    const color = force !== undefined ? force !== "0" && force.toLowerCase() !== "false" : Boolean(io.stderr.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
    io.stderr.write((await import("./report/human.js")).toHuman(report, { color, quiet: Boolean(flags.quiet) || stdinMode, explain: Boolean(flags.explain), fixCommand }));
  } else if (reporter === "json") data.write((await import("./report/json.js")).toJson(report));
  else if (reporter === "github") data.write((await import("./report/github.js")).toGithub(report, fixCommand));
  else data.write((await import("./report/junit.js")).toJunit(report, fixCommand));
  return exitCode(report);
}
