// The only module that talks to the engine: a module worker for the page, the package itself
// for the bench. At most one run is in the worker and one waits; a run that a newer one
// replaced resolves as "stale" and its report is never shown.

import { glueUrl } from "./glue.js";

/**
 * @typedef {{status:"ok", report:object, articles:object[], ms:number}
 *   | {status:"error", message:string, error:ErrorFields, articles:object[]}
 *   | {status:"stale"}} RunResult
 * @typedef {{message:string, kind:string|null, article:string|null, limit:number|number[]|null}} ErrorFields
 *   the engine's error (model.js errorFields); kind null when the worker itself failed
 */

/** An error of the worker itself, not of the input. */
const failure = (message) => ({ message, kind: null, article: null, limit: null });

/** A comparer backed by a module worker. `onRunning(bool)` follows the worker's state. */
export function createEngine({ onRunning = () => {} } = {}) {
  let worker = null;
  let latest = 0;
  let inFlight = null; // { run, articles, resolve }
  let waiting = null;

  function spawn() {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.onmessage = (event) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      worker = null;
      const message = `the comparison stopped unexpectedly${event.message ? ` (${event.message})` : ""}`;
      if (inFlight) finish({ run: inFlight.run, error: failure(message) });
    };
  }

  function send(job) {
    inFlight = job;
    try {
      if (!worker) spawn();
    } catch (e) {
      // Browsers start module workers only from the page's own origin (see the README).
      return finish({ run: job.run, error: failure(`the comparison worker could not start (${e.message})`) });
    }
    onRunning(true);
    worker.postMessage({ run: job.run, articles: job.articles });
  }

  function finish(data) {
    if (data.fatal) {
      // After a trap the module's memory is in an unknown state: the next run gets a new worker.
      worker?.terminate();
      worker = null;
    }
    const job = inFlight;
    inFlight = null;
    if (job && data.run === job.run) {
      if (data.run !== latest) job.resolve({ status: "stale" });
      else if (data.error !== undefined) job.resolve({ status: "error", message: data.error.message, error: data.error, articles: job.articles });
      else job.resolve({ status: "ok", report: data.report, articles: job.articles, ms: data.ms });
    }
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
    } else {
      onRunning(false);
    }
  }

  return {
    /** Starts the worker (and its wasm download) before the first run. */
    warm() {
      if (!worker) spawn();
    },
    /** Compares `articles` (engine inputs); resolves with a RunResult. */
    run(articles) {
      const run = ++latest;
      return new Promise((resolve) => {
        const job = { run, articles, resolve };
        if (!inFlight) return send(job);
        waiting?.resolve({ status: "stale" });
        waiting = job;
      });
    },
    /** Stops the worker; pending runs resolve as stale. A later run starts a new worker. */
    dispose() {
      this.cancel();
      worker?.terminate();
      worker = null;
      inFlight?.resolve({ status: "stale" });
      inFlight = null;
      onRunning(false);
    },
    /** Forgets queued work: the next answer of the worker is stale. */
    cancel() {
      latest++;
      waiting?.resolve({ status: "stale" });
      waiting = null;
    },
  };
}

/** The engine's `compare`, loaded in this thread (the bench page measures it directly). */
export async function loadCompare() {
  const pkg = await import(glueUrl);
  await pkg.default();
  return pkg.compare;
}
