/**
 * A line diff in unified format (`diff -u`), for the `patch` output. No dependency does this here (the
 * `diff` package is not installed), and the inputs are single emitted type files, tens to hundreds of
 * lines: a longest-common-subsequence table over the lines that differ, after trimming the common head
 * and tail, is small and exact.
 */

export interface UnifiedDiffOptions {
  /** The `---` name; `/dev/null` for a file that does not exist on that side. */
  readonly oldName: string;
  /** The `+++` name. */
  readonly newName: string;
  /** Unchanged lines around each change (default 3). */
  readonly context?: number;
}

type Op = { readonly kind: " " | "-" | "+"; readonly text: string };

/** Splits text into lines; a final newline does not make an empty last line. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The edit script from `a` to `b`: equal lines, then within each changed run deletions before insertions. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);

  // lcs[i][j] = LCS length of midA[i..] and midB[j..], row-major in one typed array.
  const n = midA.length;
  const m = midB.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        midA[i] === midB[j] ? (lcs[(i + 1) * width + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }

  const ops: Op[] = a.slice(0, head).map((text) => ({ kind: " ", text }));
  let removed: Op[] = [];
  let added: Op[] = [];
  const flush = () => {
    ops.push(...removed, ...added);
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      flush();
      ops.push({ kind: " ", text: midA[i] as string });
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i * width + j + 1] as number) >= (lcs[(i + 1) * width + j] as number))) {
      added.push({ kind: "+", text: midB[j] as string });
      j++;
    } else {
      removed.push({ kind: "-", text: midA[i] as string });
      i++;
    }
  }
  flush();
  for (const text of a.slice(a.length - tail)) ops.push({ kind: " ", text });
  return ops;
}

/** `diff -u` of two texts; empty when they are equal. */
export function unifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions): string {
  const ops = diffLines(splitLines(oldText), splitLines(newText));
  if (ops.every((op) => op.kind === " ")) return "";
  const context = options.context ?? 3;
  const out: string[] = [`--- ${options.oldName}`, `+++ ${options.newName}`];

  // Line numbers before each op, on each side.
  const oldLine: number[] = [];
  const newLine: number[] = [];
  let o = 1;
  let nl = 1;
  for (const op of ops) {
    oldLine.push(o);
    newLine.push(nl);
    if (op.kind !== "+") o++;
    if (op.kind !== "-") nl++;
  }

  let index = 0;
  while (index < ops.length) {
    // The next change, and the hunk around it: changes closer than 2 × context lines share a hunk.
    while (index < ops.length && ops[index]?.kind === " ") index++;
    if (index >= ops.length) break;
    const start = Math.max(0, index - context);
    let end = index;
    let lastChange = index;
    while (end < ops.length) {
      if (ops[end]?.kind !== " ") lastChange = end;
      else if (end - lastChange > 2 * context) break;
      end++;
    }
    const stop = Math.min(ops.length, lastChange + context + 1);
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    const oldStart = oldCount === 0 ? (oldLine[start] as number) - 1 : (oldLine[start] as number);
    const newStart = newCount === 0 ? (newLine[start] as number) - 1 : (newLine[start] as number);
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const op of hunk) out.push(`${op.kind}${op.text}`);
    index = stop;
  }
  return `${out.join("\n")}\n`;
}

/** `start,count`, or just `start` when the count is 1 (as `diff -u` writes it). */
function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}
