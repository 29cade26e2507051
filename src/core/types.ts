/**
 * The vocabulary of clean-news. Everything here is plain data: rules produce findings, the
 * core turns them into edits, and every report (--check, --json, --diff, the human summary)
 * is rendered from those edits alone.
 */

/** One document as the core sees it: decoded text with LF line endings and no BOM. */
export interface Doc {
  /** Stable identity within a run (the path relative to the working folder, or "-"). */
  readonly id: string;
  readonly text: string;
}

/** "fix" is certain and applied; "suggest" is likely and applied only on request. */
export type FixKind = "fix" | "suggest";

/**
 * What a rule reports, in offsets of the text the rule was given. A finding without `fix`
 * is a problem the rule sees but cannot repair (a blank with no evidence): it is reported
 * as unresolved and changes nothing.
 */
export interface Finding {
  start: number;
  end: number;
  message: string;
  fix?: string;
  kind?: FixKind;
}

/** A finding the core applied (or offered), mapped back to the decoded input. */
export interface Edit {
  rule: string;
  kind: FixKind;
  /** Offsets in the decoded input. */
  start: number;
  end: number;
  /** 1-based; column counted in code points. */
  line: number;
  column: number;
  before: string;
  after: string;
  reason: string;
  /** False for a suggestion that was not applied, or a fix that collided with another. */
  applied: boolean;
}

/** A problem left in the output for a human to look at. */
export interface Unresolved {
  rule: string;
  start: number;
  end: number;
  line: number;
  column: number;
  context: string;
  message: string;
}

/** Global switches that rules may read (never per-rule options). */
export interface Settings {
  /** Apply suggestions as if they were fixes. */
  applySuggestions: boolean;
}

export interface RuleMeta<O> {
  id: string;
  description: string;
  fixable: boolean;
  defaultOptions: O;
  /** Checks user-supplied options; returns an error message or null. */
  validateOptions?(options: O): string | null;
}

export interface RuleContext<O> {
  options: Readonly<O>;
  settings: Readonly<Settings>;
}

/** A rule that needs only the document itself. */
export interface Rule<O = object> {
  meta: RuleMeta<O>;
  check(doc: Doc, ctx: RuleContext<O>): Iterable<Finding>;
}

export interface CorpusRuleContext<O, I> extends RuleContext<O> {
  /** The reduced evidence of the whole run (inputs and references). */
  index: I;
  /** Full text of the documents `neighbors` named, read again by the engine. */
  neighbors: readonly Doc[];
}

/** Builds a corpus rule's index from the documents' summaries, one at a time. */
export interface Fold<S, I> {
  add(id: string, summary: S): void;
  finish(): I;
}

/**
 * A rule that needs the whole corpus. The engine calls `collect` on every document in a
 * first pass (keeping only the small summary it returns), folds the summaries into the rule's
 * index, then calls `check` on each document with the index and the neighbours it asked for.
 * Summaries reach the index in the run's order (by id; a record stream's records in stream
 * order, after the references), whatever order documents were read in, so that the same
 * documents give the same index.
 */
export interface CorpusRule<O = object, S = unknown, I = unknown> {
  meta: RuleMeta<O>;
  /** Plain data (Maps, Sets, typed arrays allowed): it is copied, and may cross threads. */
  collect(doc: Doc, options: Readonly<O>): S;
  /**
   * Either `fold`, which takes each summary as it comes, so that only what the index keeps
   * stays in memory (a run of a million documents), or `reduce`, handed every summary at once.
   */
  fold?(options: Readonly<O>): Fold<S, I>;
  reduce?(summaries: ReadonlyMap<string, S>, options: Readonly<O>): I;
  neighbors?(doc: Doc, index: I, options: Readonly<O>): readonly string[];
  check(doc: Doc, ctx: CorpusRuleContext<O, I>): Iterable<Finding>;
  /**
   * Only for an index that is not plain data (class instances): turns it into data that
   * survives JSON with Maps, Sets, typed arrays and bigints (a saved index, worker threads),
   * and back. Plain data needs neither. Typed arrays over a SharedArrayBuffer reach worker
   * threads without a copy: the way to keep one copy of a large index on every core.
   */
  serializeIndex?(index: I): unknown;
  deserializeIndex?(data: unknown): I;
}

export type AnyRule = Rule<any> | CorpusRule<any, any, any>;

export function isCorpusRule(rule: AnyRule): rule is CorpusRule<any, any, any> {
  return typeof (rule as CorpusRule).collect === "function";
}

/** A rule with the options it will run with, validated. */
export interface ConfiguredRule {
  rule: AnyRule;
  options: object;
  /** URL of the module whose default export is `rule`, for a worker thread to load a rule that is not built in. */
  module?: string;
}

/** What cleaning one document produced. */
export interface CleanResult {
  text: string;
  edits: Edit[];
  unresolved: Unresolved[];
}
