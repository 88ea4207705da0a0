// Browser plumbing for the e2e tests: the repo's static server, Debian's Chromium driven by
// playwright-core, and a page whose every request, console error and page error is recorded.
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/serve.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const OUT = path.join(ROOT, "test-output");

const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-default-apps", "--disable-extensions",
];

/** Starts the server and the browser; `close()` stops both. */
export async function startBrowser() {
  await mkdir(OUT, { recursive: true });
  const { server, url } = await serve(0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: ARGS });
  return {
    base: url,
    browser,
    /** Pages opened by the running test: the runner checks and closes them. */
    sessions: [],
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** True for URLs that stay on this machine (the test server, blob: and data: URLs). */
export function isLocal(url, base) {
  return url.startsWith(base) || url.startsWith("blob:") || url.startsWith("data:");
}

/**
 * A fresh context (empty localStorage) and page. `problems` collects requests leaving
 * 127.0.0.1, console errors and page errors; `requests` every URL asked for.
 */
export async function openPage(env, { width = 1400, height = 1000, colorScheme = "light", init } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, acceptDownloads: true });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const watch = (p) => {
    // The context sees the requests of the page and of its workers.
    context.on("request", (r) => {
      requests.push(r.url());
      if (!isLocal(r.url(), env.base)) problems.push(`request left 127.0.0.1: ${r.url()}`);
    });
    p.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    p.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  };
  watch(page);
  page.on("worker", (w) => w.on("console", (m) => m.type() === "error" && problems.push(`worker console error: ${m.text()}`)));
  const session = { context, page, problems, requests, close: () => context.close() };
  env.sessions.push(session);
  return session;
}

/** Opens the app and waits for its first comparison. */
export async function openApp(env, options = {}) {
  const session = await openPage(env, options);
  await session.page.goto(env.base);
  await waitReady(session.page);
  return session;
}

/** Waits until the page shows a finished comparison (or an empty/failed state). */
export async function waitReady(page, timeout = 20_000) {
  await page.waitForFunction(() => ["ready", "empty", "error"].includes(document.body.dataset.pxState), null, { timeout });
}

/** Waits until the status says `n` articles were compared. */
export async function waitCompared(page, n, timeout = 20_000) {
  await page.waitForFunction(
    (want) => document.body.dataset.pxState === "ready" && document.getElementById("px-status-text").textContent.startsWith(`Compared ${want} article`),
    n,
    { timeout },
  );
}

export const shot = (name) => path.join(OUT, name);
