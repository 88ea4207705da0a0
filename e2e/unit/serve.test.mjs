// scripts/serve.mjs (`make demo`, the e2e server) against hostile request targets: it answers
// 400/403/404, keeps serving, and never sends a byte of a file outside its root.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A GET of `target` sent as written (no normalisation by a URL parser): { status, body }. */
function get(base, target, method = "GET") {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: target, method, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString("latin1") }));
    });
    req.on("error", reject);
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${target}`)));
    req.end();
  });
}

/** `node scripts/serve.mjs 0` as `make demo` runs it, in its own process: { url, child }. */
function startChild() {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) resolve({ url, child, stderr: () => err });
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
}

const children = [];
after(() => {
  for (const c of children) if (c.exitCode === null) c.kill();
});

const TRAVERSALS = [
  "/../../../../etc/passwd",
  "/..%2f..%2f..%2f..%2fetc%2fpasswd",
  "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
  "/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
  "/www/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
  "/..%5c..%5c..%5c..%5cetc%5cpasswd",
  "/%5c..%5c..%5c..%5cetc%5cpasswd",
  "/..\\..\\..\\..\\etc\\passwd",
  "//etc/passwd",
  "/%2fetc%2fpasswd",
  "/%2F%2Fetc%2Fpasswd",
  "/etc/passwd",
  "http://127.0.0.1/../../../../etc/passwd",
  "http://127.0.0.1/..%2f..%2f..%2f..%2fetc%2fpasswd",
  "/README.md%00.html",
  "/%00",
  "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
  "/..%252f..%252fetc%252fpasswd",
];

test("the demo server answers 400 to a malformed escape and keeps serving; traversals never leave the repo", async () => {
  const { url, child, stderr } = await startChild();
  children.push(child);
  const bad = await get(url, "/%E0%A4%A");
  assert.equal(bad.status, 400, "malformed percent-escape");
  assert.equal((await get(url, "/%")).status, 400);
  assert.equal((await get(url, "/www/%zz.js")).status, 400);
  assert.equal(child.exitCode, null, `the server is still running (stderr: ${stderr()})`);

  const page = await get(url, "/");
  assert.equal(page.status, 200, "a normal request after the malformed one");
  assert.equal(page.body, readFileSync(path.join(ROOT, "index.html"), "latin1"));
  assert.equal((await get(url, "/www/model.js?v=1#x")).status, 200);
  assert.equal((await get(url, "/www/demo/000_c0ddcebfb0d342a2.txt")).status, 200);
  assert.equal((await get(url, "/www/no-such-file.js")).status, 404);
  const head = await get(url, "/index.html", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
  assert.equal((await get(url, "/index.html", "POST")).status, 405);

  const passwd = readFileSync("/etc/passwd", "latin1");
  for (const target of TRAVERSALS) {
    const res = await get(url, target);
    assert.ok([400, 403, 404].includes(res.status), `${target}: ${res.status}`);
    assert.ok(!res.body.includes("root:") && !res.body.includes(passwd.slice(0, 20)), `${target} sent /etc/passwd`);
  }
  assert.equal(child.exitCode, null, `the server is still running (stderr: ${stderr()})`);
  assert.equal((await get(url, "/index.html")).status, 200);
});

test("a root's sibling with the same prefix, its parent and symlinks out of it stay unreachable", async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "px-serve-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const site = path.join(dir, "site");
  mkdirSync(path.join(site, "sub"), { recursive: true });
  mkdirSync(path.join(dir, "site-private"));
  writeFileSync(path.join(site, "index.html"), "<p>inside</p>");
  writeFileSync(path.join(site, "sub", "a.txt"), "inside too");
  writeFileSync(path.join(dir, "site-private", "secret.txt"), "SECRET-SIBLING");
  writeFileSync(path.join(dir, "secret.txt"), "SECRET-PARENT");
  symlinkSync(path.join(dir, "secret.txt"), path.join(site, "link.txt"));
  symlinkSync(path.join(dir, "site-private"), path.join(site, "linkdir"));

  const { server, url } = await serve(0, { root: site });
  t.after(() => new Promise((r) => server.close(r)));
  const home = await get(url, "/");
  assert.deepEqual([home.status, home.body], [200, "<p>inside</p>"]);
  assert.deepEqual(await get(url, "/sub/a.txt"), { status: 200, body: "inside too" });
  for (const target of [
    "http://h/../../../site-private/secret.txt",
    "http://h/..%2f..%2f..%2fsite-private%2fsecret.txt",
    "/..%2fsite-private%2fsecret.txt",
    "/../site-private/secret.txt",
    "/%2e%2e/secret.txt",
    "/sub/..%2f..%2fsecret.txt",
    "/link.txt",
    "/linkdir/secret.txt",
    "/%E0%A4%A",
  ]) {
    const res = await get(url, target);
    assert.ok([400, 403, 404].includes(res.status), `${target}: ${res.status}`);
    assert.ok(!res.body.includes("SECRET"), `${target} sent a file outside the root: ${res.body}`);
  }
  assert.equal((await get(url, "/")).status, 200, "still serving");
});
