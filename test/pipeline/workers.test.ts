// Worker threads change where the work runs, not what comes out: the built CLI, parsing and emitting a
// whole corpus language on two worker threads, writes exactly the files one thread emits from the IR.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitVariant } from "../../src/emit/index.js";
import { manifestName } from "../../src/pipeline/output-folder.js";
import { corpusVariant } from "../corpus/corpus-ir.js";
import { languageFolder } from "../corpus/paths.js";
import { filesUnder } from "../helpers/files.js";
import { temporaryFolder } from "../helpers/run-cli.js";

describe("worker threads", () => {
  it("parse and emit the C# corpus on two threads exactly as one thread does", async () => {
    const out = temporaryFolder();
    const run = spawnSync(process.execPath, ["bin/modeldoc.js", "generate", languageFolder("csharp"), "--out", out, "--no-cache", "--quiet"], {
      encoding: "utf8",
      env: { ...process.env, MODELDOC_THREADS: "2" },
    });
    expect(run.status, run.stderr).toBe(0);
    const written = filesUnder(join(out, "csharp"));
    written.delete(manifestName);
    const expected = await emitVariant({ ...(await corpusVariant("csharp")), name: "csharp" });
    expect(written.size).toBe(expected.length);
    const differing = expected.filter((file) => written.get(file.path) !== file.contents).map((file) => file.path);
    expect(differing).toEqual([]);
  }, 180_000);
});
