// A static file server for the repo root, bound to 127.0.0.1 only: `make demo` and the e2e tests
// use it. Serves .wasm as application/wasm (streaming compilation needs it) and nothing outside
// the root. Usage: node scripts/serve.mjs [PORT]   (PORT 0 = any free port)
//
// A request the server cannot map to a file inside the root is answered, never thrown: a
// malformed percent-escape, a dot segment, a backslash or a NUL is 400, a path that would leave
// the root (lexically or through a symlink) 403, anything else missing 404.
import { createServer } from "node:http";
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

/** True when `file` is `root` or below it (a prefix test alone would let /repo-evil pass for /repo). */
function inside(root, file) {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Maps a request target to a file below `root`: { file } or { status } (400, 403, 404). Purely
 * lexical first (no file system access for a refused path), then the real path of what exists
 * must still lie inside the root's real path, so a symlink cannot lead out.
 */
export async function resolveFile(root, target) {
  // Only origin-form ("/path"): absolute-form ("http://host/..") and "*" are for proxies.
  if (typeof target !== "string" || !target.startsWith("/")) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(target.split(/[?#]/, 1)[0]);
  } catch {
    return { status: 400 }; // URIError: a malformed escape such as %E0%A4%A
  }
  // Browsers remove dot segments before sending; a backslash is a separator on other systems.
  if (/[\\\0]/.test(decoded) || decoded.split("/").some((s) => s === "..")) return { status: 400 };
  let file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (!inside(root, file)) return { status: 403 };
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return { status: 404 };
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  if (!inside(realRoot, realFile)) return { status: 403 };
  return { file };
}

const REASONS = { 400: "bad request", 403: "forbidden", 404: "not found", 405: "method not allowed", 500: "server error" };

function refuse(res, status, extra = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...extra }).end(REASONS[status]);
}

/** Starts the server for `root` (the repo by default); resolves to { server, url } once it listens. */
export function serve(port = 0, { root = ROOT } = {}) {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return refuse(res, 405, { allow: "GET, HEAD" });
      const { file, status } = await resolveFile(base, req.url || "/");
      if (!file) return refuse(res, status);
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] || "application/octet-stream";
      res.writeHead(200, { "content-type": type, "content-length": body.length, "cache-control": "no-store", "x-content-type-options": "nosniff" });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      // A file that vanished between stat and read, or any other surprise: answer, keep serving.
      if (!res.headersSent) refuse(res, 500);
      else res.destroy(e);
    }
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8000);
  serve(port).then(
    ({ url }) => console.log(`Parallax is served at ${url}  (Ctrl-C to stop)`),
    (e) => {
      console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.code || e.message} (try make demo PORT=8001)`);
      process.exit(2);
    },
  );
}
