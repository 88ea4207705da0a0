// A static file server for the repo root, bound to 127.0.0.1 only: `make demo` and the e2e tests
// use it. Serves .wasm as application/wasm (streaming compilation needs it) and nothing outside
// the root. Usage: node scripts/serve.mjs [PORT]   (PORT 0 = any free port)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
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

async function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split("?")[0]);
  let file = path.join(ROOT, path.normalize(clean));
  if (!file.startsWith(ROOT)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = path.join(file, "index.html");
  return (await stat(file).catch(() => null))?.isFile() ? file : null;
}

/** Starts the server; resolves to { server, url } once it listens. */
export function serve(port = 0) {
  const server = createServer(async (req, res) => {
    const file = await resolveFile(req.url || "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[path.extname(file)] || "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    res.end(await readFile(file));
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
