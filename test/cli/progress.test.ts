// Issue 22: the progress line of a long diff on stderr (cli/progress.ts), with a clock the test moves.
import { describe, expect, it } from "vitest";
import { PLAIN_EVERY_MS, PROGRESS_AFTER_MS, progressLine } from "../../src/cli/progress.js";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("the progress line", () => {
  it("rewrites one line of counts in a terminal once the run has lasted a second, and clears it", () => {
    let now = 0;
    const terminal = stream(true);
    const line = progressLine(terminal, { TERM: "xterm" }, () => now);
    line.report({ phase: "parse", done: 1, total: 7 });
    expect(terminal.written).toEqual([]);
    now = PROGRESS_AFTER_MS;
    line.report({ phase: "parse", done: 2, total: 7 });
    line.report({ phase: "compare", done: 3, total: 21 });
    line.clear();
    expect(terminal.written).toEqual(["\r\u001b[Kmodeldoc diff: 2/7 sides parsed", "\r\u001b[Kmodeldoc diff: 3/21 pairs compared", "\r\u001b[K"]);
  });

  it("prints a plain line now and then elsewhere (a CI log), and nothing to clear", () => {
    let now = 0;
    const log = stream(false);
    const line = progressLine(log, {}, () => now);
    for (let done = 1; done <= 21; done++) {
      now += 1_000;
      line.report({ phase: "compare", done, total: 21 });
    }
    line.clear();
    // Twenty-one seconds: a line at ten and at twenty.
    expect(log.written).toEqual([`modeldoc diff: ${PLAIN_EVERY_MS / 1_000}/21 pairs compared\n`, "modeldoc diff: 20/21 pairs compared\n"]);
  });

  it("prints nothing for a short run, and nothing live on a dumb terminal", () => {
    const quick = stream(true);
    const line = progressLine(quick, {}, () => 0);
    line.report({ phase: "parse", done: 2, total: 2 });
    line.clear();
    expect(quick.written).toEqual([]);
    let now = 0;
    const dumb = stream(true);
    const plain = progressLine(dumb, { TERM: "dumb" }, () => now);
    now = 5_000;
    plain.report({ phase: "parse", done: 1, total: 2 });
    expect(dumb.written).toEqual([]);
  });
});
