import { Command, CommanderError, Option } from "commander";
import { BUILT_IN_RULES } from "../rules/index.js";
import { ConfigError, configureRules } from "./core/configure.js";
import { isKnownEncoding } from "./io/codec.js";
import { run, runBytes, type Mode, type RunOptions } from "./engine.js";
import { toHuman } from "./report/human.js";
import { toJson } from "./report/json.js";
import { exitCode, type RunReport } from "./report/model.js";
import { packageVersion } from "./package-root.js";

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
}

const list = (value: string) => value.split(",").map((s) => s.trim()).filter(Boolean);
const collect = (value: string, previous: string[]) => [...previous, value];

function program(): Command {
  return new Command("clean-news")
    .description("Repairs scraped news articles and writes a clean copy next to each original.")
    .version(packageVersion())
    .argument("[paths...]", "files and folders to clean; - for standard input")
    .option("--check", "write nothing; exit 1 if an input is dirty and has no up-to-date clean copy")
    .option("--diff", "write nothing; print a unified diff of each change")
    .option("--json", "print the report as JSON (on stderr with -)")
    .option("-q, --quiet", "print only errors and warnings")
    .option("--explain", "print every edit and unresolved problem with its reason")
    .option("--in-place", "rewrite the originals instead of writing copies")
    .option("--suffix <text>", "inserted before the extension of each clean copy", ".clean")
    .option("--out-dir <dir>", "write the clean copies as a mirrored tree in this folder")
    .option("--ext <list>", "extensions cleaned in folders, comma-separated", "txt")
    .option("--reference <dir>", "more documents used as evidence, never written (repeatable)", collect, [])
    .option("--rules <ids>", "run only these rules, comma-separated")
    .option("--disable <ids>", "do not run these rules, comma-separated")
    .option("--list-rules", "list the built-in rules and exit")
    .option("--encoding <name>", "read every input in this encoding instead of detecting it")
    .option("--apply-suggestions", "apply likely fixes too, not only certain ones")
    .option("--blank-marker <text>", "put this text in each deleted word no evidence restores")
    .option("--restore-paragraphs", "put back the paragraph breaks a near-duplicate shows where a damaged copy lost them")
    .addOption(new Option("--stdin-filepath <path>", "the file that standard input stands for"))
    .showHelpAfterError()
    .exitOverride();
}

function listRules(): string {
  return BUILT_IN_RULES.map((r) => `${r.meta.id.padEnd(20)} ${r.meta.description}`).join("\n") + "\n";
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
  return options;
}

function toRunOptions(paths: string[], flags: Flags): RunOptions {
  if (flags.encoding && !isKnownEncoding(flags.encoding)) throw new ConfigError(`unknown encoding "${flags.encoding}"`);
  const modes = [flags.check && "--check", flags.diff && "--diff"].filter(Boolean);
  if (modes.length > 1) throw new ConfigError(`${modes.join(" and ")} cannot be combined`);
  if (flags.inPlace && flags.outDir) throw new ConfigError("--in-place and --out-dir cannot be combined");
  if (!flags.inPlace && !flags.outDir && flags.suffix === "") throw new ConfigError("an empty --suffix would overwrite the originals; use --in-place for that");
  const mode: Mode = flags.check ? "check" : flags.diff ? "diff" : "write";
  return {
    paths,
    references: flags.reference,
    extensions: list(flags.ext),
    naming: { suffix: flags.suffix, outDir: flags.outDir, inPlace: Boolean(flags.inPlace) },
    mode,
    encoding: flags.encoding,
    rules: configureRules(BUILT_IN_RULES, {
      only: flags.rules ? list(flags.rules) : undefined,
      disable: flags.disable ? list(flags.disable) : undefined,
      options: ruleOptionsFrom(flags),
    }),
    settings: { applySuggestions: Boolean(flags.applySuggestions) },
    concurrency: 8,
  };
}

export interface Io {
  argv: string[];
  stdin: NodeJS.ReadableStream;
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
  const flags = cli.opts<Flags>();
  const paths = cli.args;
  if (flags.listRules) {
    io.stdout.write(listRules());
    return 0;
  }
  if (paths.length === 0) {
    io.stderr.write("clean-news: name at least one file or folder, or - for standard input\n");
    cli.outputHelp({ error: true });
    return 2;
  }
  let options: RunOptions;
  try {
    options = toRunOptions(paths, flags);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`clean-news: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const stdinMode = paths.length === 1 && paths[0] === "-";
  if (paths.includes("-") && !stdinMode) {
    io.stderr.write("clean-news: - (standard input) cannot be mixed with other paths\n");
    return 2;
  }
  let report: RunReport;
  if (stdinMode) {
    const result = await runBytes(await readAll(io.stdin), flags.stdinFilepath ?? "-", options);
    report = result.report;
    if (options.mode === "write" && result.output) io.stdout.write(result.output);
    if (options.mode === "diff") for (const f of report.files) if (f.patch) io.stdout.write(f.patch);
  } else {
    report = await run(options);
    if (options.mode === "diff") for (const f of report.files) if (f.patch) io.stdout.write(f.patch);
  }

  if (flags.json) (stdinMode || options.mode === "diff" ? io.stderr : io.stdout).write(toJson(report));
  else {
    const color = Boolean(io.stderr.isTTY) && !("NO_COLOR" in io.env) && io.env.TERM !== "dumb";
    io.stderr.write(toHuman(report, { color, quiet: Boolean(flags.quiet) || stdinMode, explain: Boolean(flags.explain), fixCommand: "clean-news" }));
  }
  return exitCode(report);
}
