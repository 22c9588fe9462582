#!/usr/bin/env node
// Opens .excalidraw files with the real Excalidraw code (the npm package, in
// headless Chromium) and checks that every element, arrow binding and label
// binding we wrote survives Excalidraw's own restore, both through "open
// file" (loadFromBlob) and through the <Excalidraw initialData> component.
// It then moves each shape that has arrows, with the keyboard as a person
// would, and checks its label and arrows follow.
//
// Usage: node check.mjs [--screenshots DIR] [--work DIR] FILE_OR_DIR...
// Env:   CHROMIUM (default /usr/bin/chromium, else chromium on PATH);
//        EXCALIDRAW_PAGES: files checked at once, each on its own page (default 2)
// Exit:  0 all files pass, 1 any failure, 2 usage / setup error.

import { build } from "esbuild";
import { chromium } from "playwright-core";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function usage(msg) {
  if (msg) console.error(msg);
  console.error("usage: node check.mjs [--screenshots DIR] [--work DIR] FILE_OR_DIR...");
  process.exit(2);
}

// ---- arguments ----
const args = process.argv.slice(2);
let shotDir = null;
let workDir = null;
const inputs = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === "--screenshots") shotDir = args[++i];
  else if (args[i] === "--work") workDir = args[++i];
  else if (args[i].startsWith("-")) usage(`unknown option ${args[i]}`);
  else inputs.push(args[i]);
}
if (!inputs.length) usage("no files given");
const files = [];
for (const p of inputs) {
  if (fs.statSync(p).isDirectory())
    for (const f of fs.readdirSync(p).sort()) {
      if (f.endsWith(".excalidraw")) files.push(path.join(p, f));
    }
  else files.push(p);
}
if (!files.length) usage("no .excalidraw files found");
workDir ??= fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-excalidraw-"));
fs.mkdirSync(workDir, { recursive: true });
if (shotDir) fs.mkdirSync(shotDir, { recursive: true });

function findChromium() {
  for (const c of [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (c && fs.existsSync(c)) return c;
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"]).toString().trim();
  } catch {
    return null;
  }
}

// ---- bundle the page ----
const excalidrawDist = path.join(here, "node_modules/@excalidraw/excalidraw/dist/prod");
await build({
  entryPoints: [path.join(here, "page.js")],
  bundle: true,
  outdir: workDir,
  format: "esm",
  conditions: ["production"],
  define: { "process.env.NODE_ENV": "\"production\"" },
  loader: { ".woff2": "file", ".ttf": "file" },
  logLevel: "error",
});
fs.writeFileSync(
  path.join(workDir, "index.html"),
  `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/page.css">
<style>html,body,#root{margin:0;height:100%;width:100%}</style>
<script>window.EXCALIDRAW_ASSET_PATH = "/assets/";</script>
<script type="module" src="/page.js"></script></head><body><div id="root"></div></body></html>`,
);

// ---- serve it on loopback ----
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".woff2": "font/woff2" };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = url.startsWith("/assets/")
    ? path.join(excalidrawDist, url.slice("/assets/".length))
    : path.join(workDir, url === "/" ? "index.html" : url);
  const root = url.startsWith("/assets/") ? excalidrawDist : workDir;
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  // Cacheable: each file's fresh page then reuses the bundle Chromium has
  // already fetched and compiled instead of parsing megabytes of JS again.
  res.writeHead(200, {
    "content-type": types[path.extname(file)] || "application/octet-stream",
    "cache-control": "max-age=3600",
  });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- the checks ----
const byId = (els) => new Map(els.map((e) => [e.id, e]));
const hasBound = (el, id, type) => !!el && el.boundElements.some((b) => b.id === id && b.type === type);

// Compares what Excalidraw holds (`got`) with what the file said (`want`).
function compare(want, got, stage, problems, notes, labelsAtMiddle = true) {
  const wantMap = byId(want);
  const gotMap = byId(got);
  const fail = (m) => problems.push(`${stage}: ${m}`);
  for (const w of want) {
    const g = gotMap.get(w.id);
    if (!g) {
      fail(`${w.id} (${w.type}) was dropped`);
      continue;
    }
    if (g.type !== w.type) fail(`${w.id} became ${g.type} (was ${w.type})`);
    if (g.isDeleted) fail(`${w.id} is marked deleted`);
    if (w.type === "arrow") {
      if (g.startBinding !== w.startBinding) fail(`${w.id} start binding ${w.startBinding} -> ${g.startBinding}`);
      if (g.endBinding !== w.endBinding) fail(`${w.id} end binding ${w.endBinding} -> ${g.endBinding}`);
    }
    if (w.type === "text" && g.containerId !== w.containerId)
      fail(`${w.id} container ${w.containerId} -> ${g.containerId}`);
    if (JSON.stringify(g.customData) !== JSON.stringify(w.customData)) fail(`${w.id} lost its customData`);
    const wantBound = w.boundElements.map((b) => `${b.type}:${b.id}`).sort().join(",");
    const gotBound = g.boundElements.map((b) => `${b.type}:${b.id}`).sort().join(",");
    if (wantBound !== gotBound) fail(`${w.id} boundElements [${wantBound}] -> [${gotBound}]`);
  }
  for (const g of got) if (!wantMap.has(g.id)) fail(`Excalidraw added ${g.id} (${g.type})`);

  // Both directions of every binding agree, as Excalidraw needs to move them together.
  for (const g of got) {
    if (g.isDeleted) continue;
    for (const [end, target] of [["start", g.startBinding], ["end", g.endBinding]]) {
      if (!target) continue;
      const t = gotMap.get(target);
      if (!t || t.isDeleted) fail(`${g.id} ${end} is bound to missing ${target}`);
      else if (!hasBound(t, g.id, "arrow")) fail(`${target} does not list arrow ${g.id}`);
    }
    if (g.type === "text" && g.containerId) {
      const c = gotMap.get(g.containerId);
      if (!c || c.isDeleted) fail(`${g.id} is inside missing ${g.containerId}`);
      else if (!hasBound(c, g.id, "text")) fail(`${g.containerId} does not list its label ${g.id}`);
    }
    const texts = g.boundElements.filter((b) => b.type === "text");
    if (texts.length > 1) fail(`${g.id} has ${texts.length} labels`);
    for (const b of g.boundElements) {
      const t = gotMap.get(b.id);
      if (!t) fail(`${g.id} lists missing ${b.type} ${b.id}`);
      else if (b.type === "text" && t.containerId !== g.id) fail(`${g.id} lists ${b.id}, whose container is ${t.containerId}`);
      else if (b.type === "arrow" && t.startBinding !== g.id && t.endBinding !== g.id)
        fail(`${g.id} lists arrow ${b.id}, which is not bound to it`);
    }
  }

  if (labelsAtMiddle) checkArrowLabels(got, stage, problems);

  // How far Excalidraw moved or resized things (information, not failure).
  const drift = {};
  let rewrapped = 0;
  for (const w of want) {
    const g = gotMap.get(w.id);
    if (!g) continue;
    const d = Math.max(...["x", "y", "width", "height"].map((k) => Math.abs(g[k] - w[k])));
    drift[w.type] = Math.max(drift[w.type] ?? 0, d);
    if (w.type === "text" && g.text !== w.text) ++rewrapped;
  }
  const driftText = Object.entries(drift)
    .map(([t, d]) => `${t} ${d.toFixed(1)}`)
    .join(", ");
  notes.push(`${stage}: max geometry change px: ${driftText}; labels re-wrapped: ${rewrapped}`);
}

// An arrow's label sits on the middle of its arrow, where Excalidraw draws it
// (Excalidraw places arrow labels at draw time and leaves the stored x/y stale
// after an edit, so this holds for files as written, not after a move).
function checkArrowLabels(elements, stage, problems) {
  const map = byId(elements);
  for (const t of elements) {
    const a = t.type === "text" && t.containerId ? map.get(t.containerId) : null;
    if (!a || a.type !== "arrow" || a.points.length !== 2) continue;
    const mid = [a.x + (a.points[0][0] + a.points[1][0]) / 2, a.y + (a.points[0][1] + a.points[1][1]) / 2];
    const centre = [t.x + t.width / 2, t.y + t.height / 2];
    const off = Math.hypot(centre[0] - mid[0], centre[1] - mid[1]);
    if (off > 1) problems.push(`${stage}: label ${t.id} is ${off.toFixed(1)} px off the middle of ${a.id}`);
  }
}

// Moves each shape with arrows by keyboard; its label and arrow ends must follow.
async function moveShapes(page, problems, notes) {
  const before = await page.evaluate(() => window.sceneElements());
  const shapes = before.filter((e) => !["arrow", "text", "line"].includes(e.type) && e.boundElements.some((b) => b.type === "arrow"));
  let arrowsFollowed = 0;
  let labelsFollowed = 0;
  for (const s of shapes) {
    const prev = byId(await page.evaluate(() => window.sceneElements()));
    await page.evaluate((id) => window.selectOnly(id), s.id);
    await page.waitForFunction((id) => window.selectedIds().join() === id, s.id, { timeout: 5000 });
    // One 5 px nudge at a time, each waited for, so no key press is lost.
    for (let i = 1; i <= 4; ++i) {
      await page.keyboard.press("Shift+ArrowDown");
      await page
        .waitForFunction(([id, y]) => window.elementY(id) >= y - 0.01, [s.id, prev.get(s.id).y + 5 * i], { timeout: 2000 })
        .catch(() => {});
    }
    const now = byId(await page.evaluate(() => window.sceneElements()));
    const dy = now.get(s.id).y - prev.get(s.id).y;
    if (Math.abs(dy - 20) > 0.01) {
      problems.push(`move: ${s.id} moved ${dy} px, not 20 px, when nudged`);
      continue;
    }
    for (const b of prev.get(s.id).boundElements) {
      const a = prev.get(b.id);
      const a2 = now.get(b.id);
      if (b.type === "text") {
        if (Math.abs(a2.y - a.y - 20) > 0.5) problems.push(`move: label ${b.id} did not follow ${s.id}`);
        else ++labelsFollowed;
        continue;
      }
      // The arrow end that is bound to this shape, in scene coordinates.
      const ends = [];
      if (a.startBinding === s.id) ends.push(0);
      if (a.endBinding === s.id) ends.push(a.points.length - 1);
      for (const i of ends) {
        const p = [a.x + a.points[i][0], a.y + a.points[i][1]];
        const p2 = [a2.x + a2.points[i][0], a2.y + a2.points[i][1]];
        if (Math.abs(p2[1] - p[1]) < 1) problems.push(`move: arrow ${b.id} did not follow ${s.id}`);
        else if (a2.startBinding !== a.startBinding || a2.endBinding !== a.endBinding)
          problems.push(`move: arrow ${b.id} lost a binding when ${s.id} moved`);
        else ++arrowsFollowed;
      }
    }
  }
  notes.push(`move: nudged ${shapes.length} shapes 20 px; ${arrowsFollowed} arrow ends and ${labelsFollowed} labels followed`);
}

const executablePath = findChromium();
if (!executablePath) {
  console.error("chromium not found (set CHROMIUM, or apt-get install chromium)");
  server.close();
  process.exit(2);
}
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1600, height: 1000 },
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
// Nothing leaves this machine: only our loopback server is reachable.
const blocked = new Set();
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
  blocked.add(url);
  return route.abort();
});

// Opens one file on a page of its own; resolves to what it found.
async function checkFile(file) {
  const name = path.basename(file, ".excalidraw");
  const text = fs.readFileSync(file, "utf8");
  const scene = JSON.parse(text);
  const problems = [];
  const notes = [];
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof window.loadScene === "function");
    // What the file says, in the same summary page.js makes of Excalidraw's elements.
    const want = scene.elements.map((e) => ({
      id: e.id,
      type: e.type,
      isDeleted: !!e.isDeleted,
      x: e.x,
      y: e.y,
      width: e.width,
      height: e.height,
      text: e.type === "text" ? e.text : undefined,
      containerId: e.type === "text" ? e.containerId ?? null : undefined,
      startBinding: e.startBinding ? e.startBinding.elementId : null,
      endBinding: e.endBinding ? e.endBinding.elementId : null,
      points: e.points,
      boundElements: (e.boundElements || []).map((b) => ({ id: b.id, type: b.type })),
      customData: e.customData ?? null,
    }));
    const loaded = await page.evaluate((t) => window.loadScene(t), text);
    compare(want, loaded.elements, "open", problems, notes);
    const openCount = loaded.elements.filter((e) => !e.isDeleted).length;
    // Excalidraw's exportToSvg draws one top-level shape per element it keeps.
    if (loaded.svgElements !== openCount) problems.push(`svg export drew ${loaded.svgElements} shapes for ${openCount} elements`);

    await page.evaluate((t) => window.renderScene(t), text);
    const shown = await page.evaluate(() => window.sceneElements());
    compare(want, shown, "render", problems, notes);
    const shownCount = shown.filter((e) => !e.isDeleted).length;
    if (shotDir) {
      await page.evaluate(() => window.zoomToFit());
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shotDir, `${name}.png`) });
    }
    await moveShapes(page, problems, notes);
    // After the moves every binding is still there, nothing was dropped or added.
    compare(want, await page.evaluate(() => window.sceneElements()), "after moves", problems, [], false);
    if (shotDir) {
      await page.evaluate(() => window.selectOnly(null));
      await page.evaluate(() => window.zoomToFit());
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shotDir, `${name}-moved.png`) });
    }
    notes.unshift(`elements: file ${scene.elements.length}, after open ${openCount}, after render ${shownCount}`);
  } catch (e) {
    problems.push(`error: ${e.message.split("\n")[0]}`);
  }
  for (const e of pageErrors) problems.push(`page error: ${e}`);
  await page.close();
  return { name, problems, notes };
}

// Two pages at a time: most of a page's time is Chromium parsing the bundle
// and waiting for frames, so a second page uses the core the first leaves
// idle. Each file still gets a fresh page; reports print in file order.
const pagesAtOnce = Math.max(1, Number(process.env.EXCALIDRAW_PAGES || 2));
let passed = 0;
let failed = 0;
const started = Date.now();
const results = new Array(files.length);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(pagesAtOnce, files.length) }, async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await checkFile(files[i]);
    }
  }),
);
for (const { name, problems, notes } of results) {
  if (problems.length) {
    ++failed;
    console.log(`FAIL ${name}`);
    for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
    if (problems.length > 30) console.log(`  ... and ${problems.length - 30} more`);
  } else {
    ++passed;
    console.log(`ok   ${name}`);
  }
  for (const n of notes) console.log(`     ${n}`);
}
await context.close();
server.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
const pkg = JSON.parse(fs.readFileSync(path.join(here, "node_modules/@excalidraw/excalidraw/package.json"), "utf8"));
if (blocked.size) console.log(`blocked ${blocked.size} outside request(s), e.g. ${[...blocked][0]}`);
console.log(`excalidraw ${pkg.version}, ${executablePath}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
