import path from "node:path";
import type { Workspace } from "../config/workspace.js";
import { ConfigError } from "../core/configure.js";
import { runMemory, type MemoryInput, type RunOptions } from "../engine.js";
import { displayPath, isOwnOutput, outputFor, refuseCopiesOverInputs } from "../io/discover.js";
import { reasonOf } from "../io/errors.js";
import { writeAtomic } from "../io/write.js";
import type { RunReport } from "../report/model.js";
import { readIndex, repositoryRoot, stage, stagedPaths } from "./plumbing.js";

interface Staged {
  absolute: string;
  /** From the top of the repository, as git names it. */
  relative: string;
  output: string;
}

/**
 * --staged: the articles staged in git, cleaned as they will be committed (from the index,
 * not the work tree). With --check a dirty article passes only when the index also holds its
 * current clean copy; otherwise the copies are written beside the articles and staged.
 */
export async function runStaged(pathspecs: readonly string[], options: RunOptions, workspace: Workspace): Promise<RunReport> {
  if (options.naming.inPlace) throw new ConfigError("--staged writes clean copies and cannot be combined with --in-place");
  // Both questions at once: a hook pays for every git start-up. Outside a repository, the
  // first answer's error is the one to show.
  const [rootAnswer, pathsAnswer] = await Promise.allSettled([repositoryRoot(process.cwd()), stagedPaths(process.cwd(), pathspecs)]);
  if (rootAnswer.status === "rejected") throw rootAnswer.reason;
  if (pathsAnswer.status === "rejected") throw pathsAnswer.reason;
  const [root, paths] = [rootAnswer.value, pathsAnswer.value];
  const wanted = new Set(options.extensions.map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));
  const notes: RunReport["notes"] = [];
  const staged: Staged[] = [];
  for (const relative of paths) {
    const absolute = path.join(root, relative);
    if (!wanted.has(path.extname(absolute).toLowerCase())) continue;
    const naming = { ...options.naming, suffix: workspace.suffixFor(absolute) };
    // Copies are staged beside their articles: they are outputs, never inputs.
    if (isOwnOutput(absolute, naming)) continue;
    const ignored = workspace.ignored(absolute);
    if (ignored) {
      notes.push({ path: displayPath(absolute), reason: `skipped: ${ignored}` });
      continue;
    }
    staged.push({ absolute, relative, output: outputFor(absolute, root, naming) });
  }
  // `--out-dir .` would write over the work tree's articles, and stage that.
  if (options.naming.outDir) {
    const inputs = staged.map((s) => ({ id: displayPath(s.absolute), path: s.absolute, output: s.output }));
    await refuseCopiesOverInputs(inputs, new Set(inputs.map((i) => i.path)), path.resolve(options.naming.outDir), root, options.naming.outDir);
  }

  const configured = await workspace.configure(options, staged.map((s) => s.absolute));
  const check = options.mode === "check";
  const copyOf = (s: Staged) => path.relative(root, s.output).split(path.sep).join("/");
  const blobs = await readIndex(root, [...staged.map((s) => s.relative), ...(check ? staged.map(copyOf) : [])]);
  const present = staged.filter((s) => blobs.has(s.relative)); // links and submodules are not articles
  const inputs: MemoryInput[] = present.map((s) => ({
    id: displayPath(s.absolute),
    path: s.absolute,
    bytes: blobs.get(s.relative)!.bytes,
    output: options.mode === "diff" ? null : displayPath(s.output),
    copy: check ? (blobs.get(copyOf(s))?.bytes ?? null) : undefined,
  }));

  const { report, outputs } = await runMemory(inputs, configured);
  if (options.mode === "write") await writeAndStage(root, present.map((s) => ({ output: s.output, mode: blobs.get(s.relative)!.mode })), outputs, report);
  return { ...report, notes: [...notes, ...report.notes] };
}

/** Writes each clean copy beside its article (with the article's staged mode) and stages it. */
async function writeAndStage(
  root: string,
  targets: readonly { output: string; mode: number }[],
  outputs: readonly (Buffer | null)[],
  report: RunReport,
): Promise<void> {
  const toStage: string[] = [];
  for (const [i, { output, mode }] of targets.entries()) {
    const file = report.files[i]!;
    const bytes = outputs[i];
    if (!bytes || file.error !== null || file.skipped !== null) continue;
    try {
      file.written = (await writeAtomic(output, bytes, { mode })) === "written";
      toStage.push(output);
    } catch (error) {
      file.error = `the clean copy ${displayPath(output)} cannot be written: ${reasonOf(error)}`;
    }
  }
  try {
    await stage(root, toStage);
  } catch (error) {
    const message = (error as Error).message;
    // Copies a .gitignore rule names (`*.clean.txt`, to keep them out of `git status`): git's
    // own message, with its list of every path and its hints, was repeated for each article.
    const ignored = /paths are ignored by one of your \.gitignore files/.test(message);
    const plain = message.split("\n").filter((line) => !line.startsWith("hint:")).join("; ");
    for (const file of report.files) {
      if (file.error !== null || file.skipped !== null) continue;
      file.error = ignored
        ? `its clean copy ${file.output} was written but cannot be staged: git ignores it (a .gitignore or exclude rule), and --staged stages each copy beside its article: let git track the copies (for example a line !*${copyTail(file.path, file.output ?? "")} after that rule), or leave these articles out of --staged`
        : `its clean copy ${file.output} was written but cannot be staged: ${plain}`;
    }
  }
}

/** What a copy's name adds to its article's stem: ".clean.txt" for a.txt -> a.clean.txt. */
function copyTail(article: string, copy: string): string {
  const stem = path.basename(article, path.extname(article));
  const name = path.basename(copy);
  return name.startsWith(stem) ? name.slice(stem.length) : name;
}
