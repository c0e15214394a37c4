// `modeldoc watch` as a user runs it (the built CLI, in its own process): an edit to the config file
// restarts the watcher with the new settings; a config that no longer loads is reported and the
// watcher goes on with the settings it had; Ctrl-C ends it with exit code 0.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryFolder } from "../helpers/run-cli.js";

const cli = resolve("bin/modeldoc.js");

/** A running CLI whose output can be awaited line by line. */
function start(cwd: string, ...args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const waiters: { pattern: RegExp; from: number; resolve: () => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(output.slice(waiter.from))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      output += chunk;
      check();
    });
  }
  return {
    child,
    output: () => output,
    /** Settles when `pattern` appears in what the CLI prints from now on. */
    next(pattern: RegExp): Promise<void> {
      const from = output.length;
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output}`)), 20_000);
        waiters.push({ pattern, from, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

describe("modeldoc watch (CLI)", () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill("SIGKILL");
  });

  it("restarts with the new settings when the config file changes, and keeps the old ones when it breaks", async () => {
    const root = temporaryFolder();
    cpSync("specs/go", join(root, "docs"), { recursive: true });
    const config = join(root, "modeldoc.config.json");
    const writeConfig = (naming: string) => writeFileSync(config, JSON.stringify({ variants: [{ folder: "docs", name: "go" }], out: "out", naming }));
    const webhookType = () => readFileSync(join(root, "out/go/types/webhook.ts"), "utf8");
    writeConfig("camel");

    const run = start(root, "watch");
    child = run.child;
    await run.next(/watching docs/);
    expect(webhookType()).toContain("hookUrl");

    let restarted = run.next(/modeldoc\.config\.json changed; restarting[\s\S]*watching docs/);
    writeConfig("snake");
    await restarted;
    expect(webhookType()).toContain("hook_url");
    expect(webhookType()).not.toContain("hookUrl");

    const refused = run.next(/"naming": expected one of camel, as-written, snake, found "kebab"; going on with the previous settings/);
    writeConfig("kebab");
    await refused;
    // Still watching, with the snake-case settings.
    const page = join(root, "docs/docs/pkg/models/shared/webhook.md");
    // The description is in the interface's JSDoc and in WebhookSchema's JSON Schema (the validator module).
    const regenerated = run.next(/webhook\.md → 2 written/);
    writeFileSync(page, readFileSync(page, "utf8").replace("A webhook is used to POST", "A webhook POSTs"));
    await regenerated;
    expect(webhookType()).toContain("A webhook POSTs");
    expect(webhookType()).toContain("hook_url");

    restarted = run.next(/changed; restarting[\s\S]*watching docs/);
    writeConfig("camel");
    await restarted;
    expect(webhookType()).toContain("hookUrl");

    const exited = new Promise<number | null>((resolve) => run.child.once("exit", resolve));
    run.child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(run.output()).not.toMatch(/internal error|at .*\.js:\d+/);
  }, 60_000);

  it("takes the options of generate: --quiet prints nothing while --merge keeps <out>/merged up to date", async () => {
    const root = temporaryFolder();
    cpSync("specs", join(root, "specs"), { recursive: true });
    const run = start(root, "watch", "-q", "--merge", "go,csharp", "-o", "out");
    child = run.child;
    const merged = join(root, "out/merged/types/webhook.ts");
    await until(() => existsSync(merged) && readFileSync(merged, "utf8").includes("export interface Webhook"));
    // The first run is done once the file is there; the watcher is ready a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const page = join(root, "specs/go/docs/pkg/models/shared/webhook.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("A webhook is used to POST", "A webhook POSTs"));
    await until(() => readFileSync(merged, "utf8").includes("A webhook POSTs"));
    const exited = new Promise<number | null>((resolve) => run.child.once("exit", resolve));
    run.child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(run.output()).toBe("");
    expect(existsSync(join(root, "out/go"))).toBe(false);
  }, 60_000);
});

/** Settles once `condition` holds (polled every 50 ms), or fails after 20 s. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
