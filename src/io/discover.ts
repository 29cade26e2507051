import { lstat, readdir, realpath, stat } from "./fs.js";
import path from "node:path";
import { codeOf, explain } from "./errors.js";
import { ConfigError } from "../core/configure.js";
import type { PathNote } from "../report/model.js";

export interface OutputNaming {
  /** Inserted before the extension: "a.txt" -> "a.clean.txt". */
  suffix: string;
  /** Write a mirrored tree here instead of beside each input. */
  outDir?: string;
  inPlace: boolean;
}

export interface Input {
  /** As reported: relative to the working folder where possible, with forward slashes. */
  id: string;
  path: string;
  /** Where the clean copy goes (the input itself with --in-place). */
  output: string;
}

export interface Discovery {
  inputs: Input[];
  /** Paths named on the command line that were passed over, with why. */
  notes: PathNote[];
  errors: PathNote[];
}

/** Choices a configuration makes per path while folders are walked. */
export interface DiscoveryHooks {
  /** Why this file or folder is passed over (an ignore file), or null to keep it. */
  ignored?(file: string, isDirectory: boolean): string | null;
  /** The suffix of this file's clean copy, when configuration sets one. */
  suffixFor?(file: string): string;
}

const REPLACEMENT = "\uFFFD";
/** A name of bytes that are not UTF-8 (an old Latin-1 archive): what the user can do about it. */
export const NOT_UTF8_NAME = "cannot be opened: its name is not valid UTF-8, and clean-news (Node.js) opens files by UTF-8 names only; rename it, for example with convmv -f latin1 -t utf8 --notest NAME";

const ALWAYS_SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join("/");
}

/** True for a name this tool writes, so that a second run never cleans its own copies. */
export function isOwnOutput(file: string, naming: OutputNaming): boolean {
  if (naming.inPlace || naming.suffix === "") return false;
  const ext = path.extname(file);
  if (path.basename(file, ext).endsWith(naming.suffix)) return true;
  // The copy of a name without an extension ("notes", ".profile") is the name and the suffix
  // ("notes.clean"): its extension is then the suffix, or part of it.
  const name = path.basename(file);
  return name.endsWith(naming.suffix) && name.length > naming.suffix.length && path.extname(name.slice(0, -naming.suffix.length)) === "";
}

export function outputFor(file: string, base: string, naming: OutputNaming): string {
  if (naming.inPlace) return file;
  if (naming.outDir) return path.join(path.resolve(naming.outDir), path.relative(base, file));
  const ext = path.extname(file);
  return path.join(path.dirname(file), path.basename(file, ext) + naming.suffix + ext);
}

/**
 * Expands the paths of the command line: files as named, folders recursively (symbolic links
 * inside them are not followed), our own outputs left out, each file once, sorted by id.
 */
export async function discover(
  paths: readonly string[],
  extensions: readonly string[],
  baseNaming: OutputNaming,
  hooks: DiscoveryHooks = {},
): Promise<Discovery> {
  const namingOf = (file: string): OutputNaming => (hooks.suffixFor ? { ...baseNaming, suffix: hooks.suffixFor(file) } : baseNaming);
  const result: Discovery = { inputs: [], notes: [], errors: [] };
  const seen = new Set<string>();
  /** Files a walk found to clean, including those already found through another path. */
  let matched = 0;
  const outDir = baseNaming.outDir ? path.resolve(baseNaming.outDir) : null;
  // Compared with the real path of each folder walked: a folder given through a link
  // (`--out-dir news/out link/`) reached the copies as link/out and cleaned them again.
  const realOutDir = outDir ? await realpath(outDir).catch(() => outDir) : null;
  const wanted = new Set(extensions.map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));

  /** `real`: the file's real path, when the caller knows it without asking the system. */
  const add = async (file: string, base: string, real?: string) => {
    real ??= await realpath(file).catch(() => file);
    if (seen.has(real)) return;
    seen.add(real);
    result.inputs.push({ id: displayPath(file), path: file, output: outputFor(file, base, namingOf(file)) });
  };

  // Entries met in a walk are not links: their real path is their folder's and their name, so
  // that only each folder given is resolved (a realpath per file cost a readlink per component).
  const walk = async (folder: string, base: string, realFolder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      result.errors.push({ path: displayPath(folder), reason: explain(error, "list") });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(folder, entry.name);
      if (entry.name.includes(REPLACEMENT) && (entry.isDirectory() || entry.isFile()) && !(await lstat(full).then(() => true, () => false))) {
        // Node decodes names as UTF-8: a Latin-1 name comes back with U+FFFD and cannot be opened by it.
        if (entry.isDirectory() || wanted.has(path.extname(entry.name).toLowerCase())) result.errors.push({ path: displayPath(full), reason: NOT_UTF8_NAME });
        continue;
      }
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_FOLDERS.has(entry.name) && full !== outDir && path.join(realFolder, entry.name) !== realOutDir && !hooks.ignored?.(full, true)) await walk(full, base, path.join(realFolder, entry.name));
      } else if (entry.isFile() && wanted.has(path.extname(entry.name).toLowerCase()) && !isOwnOutput(full, namingOf(full)) && !hooks.ignored?.(full, false)) {
        matched++;
        await add(full, base, path.join(realFolder, entry.name));
      }
    }
  };

  const found: { given: string; file: string; folder: boolean }[] = [];
  for (const given of paths) {
    const file = path.resolve(given);
    try {
      let info = await lstat(file);
      // A link named on the command line is what the user asked for; links met inside a
      // folder are not followed, so that a loop or a link out of the tree cannot surprise.
      if (info.isSymbolicLink()) info = await stat(file);
      // A pipe or a device (`<(zcat x)`, /dev/stdin on a terminal, a FIFO named *.txt) is read
      // synchronously: it blocked the main thread in open(2), deaf to signals, or filled the
      // memory (/dev/zero); a pipe cannot be read twice (corpus pass, then cleaning) either.
      const special = specialKind(info);
      if (special) {
        result.errors.push({ path: given, reason: `cannot be cleaned: it is ${special}, not a file; clean-news reads files and folders (pass a stream on standard input: clean-news - < NAME)` });
        continue;
      }
      found.push({ given, file, folder: info.isDirectory() });
    } catch (error) {
      result.errors.push({ path: given, reason: given.includes(REPLACEMENT) && codeOf(error) === "ENOENT" ? NOT_UTF8_NAME : explain(error, "find") });
    }
  }
  // --out-dir mirrors the tree below the folder all the paths share, as tsc's outDir does: one
  // folder's files go straight into it, and "a/x.txt" and "b/x.txt" stay apart.
  const base = commonFolder(found.map(({ file, folder }) => (folder ? file : path.dirname(file))));
  for (const { given, file, folder } of found) {
    const ignored = hooks.ignored?.(file, folder) ?? null;
    if (ignored) result.notes.push({ path: given, reason: `skipped: ${ignored}` });
    else if (folder) {
      const before = [matched, result.errors.length];
      await walk(file, base, await realpath(file).catch(() => file));
      // Said, so that a folder given by mistake (or files with another extension) is not a silent "0 file(s)".
      // Files found before through another path (the folder named twice, or its parent) count: they are cleaned.
      if (matched === before[0] && result.errors.length === before[1]) {
        result.notes.push({ path: given, reason: `no file to clean in this folder (looked for ${[...wanted].map((e) => `*${e}`).join(", ")}; --ext widens the search)` });
      }
    }
    else if (isOwnOutput(file, namingOf(file))) result.notes.push({ path: given, reason: "skipped: it is a clean copy written by clean-news" });
    else await add(file, base);
  }
  result.inputs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (outDir) await refuseCopiesOverInputs(result.inputs, seen, outDir, base, baseNaming.outDir!);
  return result;
}

/**
 * --out-dir mirrors the tree below `base`: an --out-dir that is that folder (or holds the
 * inputs' tree at the same place, through a link) would write each copy over its own input,
 * or over another input, and originals are never modified. Checked before anything is read.
 */
export async function refuseCopiesOverInputs(inputs: readonly Input[], realInputs: ReadonlySet<string>, outDir: string, base: string, given: string): Promise<void> {
  if (inputs.length === 0) return;
  const paths = new Set(inputs.map((i) => i.path));
  // One realpath for the folder, not one per copy (a corpus of 100,000 files).
  const realOut = await realpath(outDir).catch(() => outDir);
  for (const input of inputs) {
    const real = path.join(realOut, path.relative(base, input.path));
    if (!paths.has(input.output) && !realInputs.has(real)) continue;
    const over = input.output === input.path || real === (await realpath(input.path).catch(() => input.path)) ? "itself" : `the input ${displayPath(input.output)}`;
    throw new ConfigError(`--out-dir ${given} would write the clean copy of ${input.id} over ${over}: originals are never modified; choose an --out-dir outside the folder the inputs are in`);
  }
}

/** What a path is when it is neither a file nor a folder ("a named pipe"), or null. */
function specialKind(info: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  return info.isFIFO() ? "a named pipe" : info.isSocket() ? "a socket" : "a device";
}

/** The deepest folder that holds every one of `folders` (absolute paths). */
function commonFolder(folders: readonly string[]): string {
  if (folders.length === 0) return process.cwd();
  const split = folders.map((f) => f.split(path.sep));
  const first = split[0]!;
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return first.slice(0, n).join(path.sep) || path.sep;
}
