// The only module that talks to the engine: a module worker for the page, the package itself
// for the bench. Two operations share the worker: "compare" (the report) and "read" (what the
// engine reads in each article). Jobs come in lanes: comparisons in one, reads in the lane their
// caller names (the page's notes and its reading view each have their own). At most one job is
// in the worker and at most one per lane waits; a job that a newer one of its lane replaced
// resolves as "stale" and its result is never shown. Lanes never make each other stale.

import { glueUrl } from "./glue.js";

/**
 * @typedef {{status:"ok", report:object, articles:object[], ms:number}
 *   | {status:"ok", reading:object, articles:object[], ms:number}
 *   | {status:"error", message:string, error:ErrorFields, articles:object[]}
 *   | {status:"stale"}} RunResult
 *   `report` for a comparison, `reading` for a read
 * @typedef {{message:string, kind:string|null, article:string|null, limit:number|number[]|null}} ErrorFields
 *   the engine's error (model.js errorFields); kind null when the worker itself failed
 */

/** An error of the worker itself, not of the input. */
const failure = (message) => ({ message, kind: null, article: null, limit: null });

/** A comparer backed by a module worker. `onRunning(bool)` follows the worker's state. */
export function createEngine({ onRunning = () => {} } = {}) {
  let worker = null;
  let jobs = 0;
  const latest = new Map(); // lane → its newest job; older ones are stale
  let inFlight = null; // { op, lane, run, articles, resolve }
  const waiting = new Map(); // lane → job; a Map keeps the order the lanes were asked in

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
    worker.postMessage({ run: job.run, op: job.op, articles: job.articles });
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
      if (data.run !== latest.get(job.lane)) job.resolve({ status: "stale" });
      else if (data.error !== undefined) job.resolve({ status: "error", message: data.error.message, error: data.error, articles: job.articles });
      else job.resolve({ status: "ok", [job.op === "read" ? "reading" : "report"]: data.result, articles: job.articles, ms: data.ms });
    }
    const [next] = waiting.values();
    if (next) {
      waiting.delete(next.lane);
      send(next);
    } else {
      onRunning(false);
    }
  }

  function request(op, lane, articles) {
    const run = ++jobs;
    latest.set(lane, run);
    return new Promise((resolve) => {
      const job = { op, lane, run, articles, resolve };
      if (!inFlight) return send(job);
      waiting.get(lane)?.resolve({ status: "stale" });
      waiting.delete(lane);
      waiting.set(lane, job);
    });
  }

  function forget(lane) {
    latest.set(lane, ++jobs);
    waiting.get(lane)?.resolve({ status: "stale" });
    waiting.delete(lane);
  }

  return {
    /** Starts the worker (and its wasm download) before the first run. */
    warm() {
      if (!worker) spawn();
    },
    /** Compares `articles` (engine inputs); resolves with a RunResult holding the report. */
    run(articles) {
      return request("compare", "compare", articles);
    },
    /**
     * Reads `articles` (engine inputs; one is enough); resolves with a RunResult holding the
     * reading. A newer read of the same `lane` makes this one stale.
     */
    read(articles, { lane = "read" } = {}) {
      return request("read", `read:${lane}`, articles);
    },
    /** Stops the worker; pending jobs resolve as stale. A later job starts a new worker. */
    dispose() {
      for (const lane of latest.keys()) forget(lane);
      worker?.terminate();
      worker = null;
      inFlight?.resolve({ status: "stale" });
      inFlight = null;
      onRunning(false);
    },
    /** Forgets queued comparisons: the worker's next report is stale. Reads go on. */
    cancel() {
      forget("compare");
    },
  };
}

/** The engine's `compare`, loaded in this thread (the bench page measures it directly). */
export async function loadCompare() {
  const pkg = await import(glueUrl);
  await pkg.default();
  return pkg.compare;
}
