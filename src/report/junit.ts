import { commandFor, type FixCommand, needsWork, whatIsWrong, type FileReport, type RunReport } from "./model.js";

// Characters XML 1.0 cannot carry at all; they are shown as escapes instead.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xml(s: string): string {
  return s
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function testcase(f: FileReport, check: boolean, fixCommand: FixCommand): string {
  const body: string[] = [];
  if (f.error !== null) body.push(`<error message="${xml(f.error)}" type="error"/>`);
  else if (f.skipped !== null) body.push(`<skipped message="${xml(f.skipped)}"/>`);
  else if (check && needsWork(f)) {
    const edits = f.edits.filter((e) => e.applied).map((e) => `${e.line}:${e.column} ${e.rule}: ${JSON.stringify(e.before)} -> ${JSON.stringify(e.after)} (${e.reason})`);
    body.push(`<failure message="${xml(`${whatIsWrong(f)}; run: ${commandFor(fixCommand, f.path)}`)}" type="dirty">${xml(edits.join("\n"))}</failure>`);
  }
  if (f.unresolved.length > 0) {
    const lines = f.unresolved.map((u) => `warning ${f.path}:${u.line}:${u.column} ${u.rule}: ${u.message}: "${u.context}"`);
    body.push(`<system-out>${xml(lines.join("\n"))}</system-out>`);
  }
  const open = `    <testcase classname="clean-news" name="${xml(f.path)}" file="${xml(f.path)}"`;
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.map((b) => `      ${b}`).join("\n")}\n    </testcase>`;
}

/** JUnit XML, one test case per file: failures are files --check rejects, errors unreadable files. */
export function toJunit(report: RunReport, fixCommand: FixCommand): string {
  const files = report.files;
  const counts = {
    tests: files.length,
    failures: report.check ? files.filter(needsWork).length : 0,
    errors: files.filter((f) => f.error !== null).length,
    skipped: files.filter((f) => f.error === null && f.skipped !== null).length,
  };
  const attributes = Object.entries(counts).map(([k, v]) => `${k}="${v}"`).join(" ");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="clean-news" ${attributes}>`,
    `  <testsuite name="clean-news" ${attributes}>`,
    ...files.map((f) => testcase(f, report.check, fixCommand)),
    // The run's own warnings belong to no file's test case: the suite's output carries them.
    ...(report.warnings?.length ? [`    <system-err>${xml(report.warnings.map((w) => `warning ${w.path}: ${w.reason}`).join("\n"))}</system-err>`] : []),
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}
