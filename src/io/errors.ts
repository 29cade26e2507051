/**
 * Every file error says three things: which file (the caller puts its path first), why, and
 * what to do about it. The advice depends on what clean-news was doing with the file.
 */
export type Action = "find" | "list" | "read" | "write";

const VERB: Record<Action, string> = {
  find: "cannot be opened",
  list: "the folder cannot be read",
  read: "cannot be read",
  write: "cannot be written",
};

export function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** The cause alone, in words: "permission denied". */
export function reasonOf(error: unknown): string {
  switch (codeOf(error)) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EROFS":
      return "the file system is read-only";
    case "ELOOP":
      return "too many levels of symbolic links (a link loop?)";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "EIO":
      return "input/output error";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function adviceFor(error: unknown, action: Action): string {
  const code = codeOf(error);
  switch (code) {
    case "ENOENT":
      if (action === "find") return "check the path";
      // Missing folders are made before a write: this file system would not make one.
      if (action === "write") return "its folder cannot be made there; write the copies elsewhere with --out-dir";
      return "it disappeared during the run; run clean-news again if it was moved";
    case "EACCES":
    case "EPERM":
      return action === "write"
        ? "give the user running clean-news write access to its folder, or write the copies elsewhere with --out-dir"
        : "give the user running clean-news read access to it, or leave it out";
    case "ENOSPC":
    case "EDQUOT":
      return "free some space and run again; the original is untouched";
    case "EROFS":
      return action === "write" ? "write the copies elsewhere with --out-dir" : "leave it out";
    case "ELOOP":
      return "fix or remove the symbolic link";
    case "EMFILE":
    case "ENFILE":
      return "raise the open-file limit (ulimit -n) and run again";
    default:
      return action === "write" ? "fix the cause and run again; the original is untouched" : "fix the cause and run again";
  }
}

/** "cannot be read: permission denied; give ... read access to it, or leave it out". */
export function explain(error: unknown, action: Action): string {
  return `${VERB[action]}: ${reasonOf(error)}; ${adviceFor(error, action)}`;
}

/** The clean copy's path holds something clean-news must never write through. */
export class OutputInTheWay extends Error {
  constructor(readonly what: "a folder" | "a symbolic link" | "a special file") {
    super(`${what} is in the way; clean-news never writes through it: remove or rename it, or choose other names with --suffix or --out-dir`);
    this.name = "OutputInTheWay";
  }
}

/** The input's bytes changed between the read and the write: its copy would be stale. */
export class InputChanged extends Error {
  constructor(what: "changed" | "disappeared") {
    super(`${what} while it was being cleaned (${what === "changed" ? "its content no longer matches what was read" : "it is no longer there"}), so nothing was written; run clean-news again once it has settled`);
    this.name = "InputChanged";
  }
}
