// `make e2e`: the DOM-free unit tests (node --test), then the browser tests in headless
// Chromium. Ends with one plain line "e2e: N passed, M failed"; exits non-zero on a failure.
// Usage: node e2e/run.mjs [name filter]   (E2E_SKIP_UNIT=1 skips the unit tests)
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { ROOT, startBrowser } from "./harness.mjs";
import { tests as embedTests } from "./embed.mjs";
import { tests as pageTests } from "./tests.mjs";

const tests = [...pageTests, ...embedTests];

const filter = process.argv[2] ?? "";
let passed = 0;
let failed = 0;
const failures = [];

function unitFiles() {
  const list = (dir, re) => readdirSync(path.join(ROOT, dir)).filter((f) => re.test(f)).map((f) => path.join(dir, f));
  return [...list("e2e/unit", /\.test\.mjs$/), ...list("www", /\.test\.mjs$/)];
}

if (!process.env.E2E_SKIP_UNIT && !filter) {
  const files = unitFiles();
  const run = spawnSync(process.execPath, ["--test", "--test-reporter=tap", ...files], { cwd: ROOT, encoding: "utf8" });
  const count = (word) => Number(new RegExp(`^# ${word} (\\d+)$`, "m").exec(run.stdout)?.[1] ?? 0);
  const [ok, bad] = [count("pass"), count("fail")];
  passed += ok;
  failed += bad;
  console.log(`unit (${files.length} files): ${ok} passed, ${bad} failed`);
  if (bad || run.status !== 0) {
    failed += bad ? 0 : 1;
    failures.push("unit tests");
    console.log(run.stdout.split("\n").filter((l) => !/^\s*(duration_ms|\.\.\.|---|# Subtest)/.test(l)).join("\n"));
    console.log(run.stderr);
  }
}

const env = await startBrowser();
try {
  for (const t of tests.filter((t) => t.name.includes(filter))) {
    const t0 = Date.now();
    env.sessions.length = 0;
    const problems = () => env.sessions.flatMap((s) => s.problems);
    try {
      await t.fn(env);
      await new Promise((r) => setTimeout(r, 100)); // late console errors
      if (problems().length) throw new Error(`page problems:\n      ${problems().join("\n      ")}`);
      passed++;
      console.log(`ok   ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      failures.push(t.name);
      console.log(`FAIL ${t.name} (${Date.now() - t0} ms)\n     ${String(e.stack || e).split("\n").slice(0, 8).join("\n     ")}`);
      if (problems().length) console.log(`     page problems: ${problems().join(" | ")}`);
    } finally {
      await Promise.all(env.sessions.map((s) => s.close().catch(() => {})));
    }
  }
} finally {
  await env.close();
}

if (failures.length) console.log(`failed: ${failures.join("; ")}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
