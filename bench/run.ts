/**
 * npm run bench — shotlint's performance against its budget (DESIGN.md), side by side with
 * write-good and a retext pipeline on the same corpus prompts in the same run.
 *
 *   npm run bench              full run (a million-line batch: a few minutes)
 *   npm run bench -- --quick   smaller samples and a 100,000-line batch
 *
 * Measures the built package (dist/), as users run it. Writes docs/benchmarks.md (either mode)
 * and exits 1 when a budget is missed. Needs the shared corpus beside the repository (../shared/corpus).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextIntensify from 'retext-intensify';
import { VFile } from 'vfile';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpusDir = join(root, '../shared/corpus');
const quick = process.argv.includes('--quick');
/** GNU time, to read a batch run's peak memory and CPU time, where the machine has it. */
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const distIndex = join(root, 'dist/index.js');

if (!existsSync(distIndex)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
if (!existsSync(corpusDir)) {
  console.error(`The corpus is not at ${corpusDir}: the benchmark needs it (it is not part of the package).`);
  process.exit(2);
}

const { createLinter } = (await import(distIndex)) as typeof import('../src/index.js');
const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];
const retext = unified().use(retextEnglish).use(retextEquality).use(retextIntensify);
const runRetext = (text: string) => {
  const file = new VFile(text);
  retext.runSync(retext.parse(file), file);
  return file.messages;
};

// ─── inputs ──────────────────────────────────────────────────────────────────

function readLines(file: string): string[] {
  return readFileSync(join(corpusDir, file), 'utf8').split('\n').filter((l) => l.trim().length > 0);
}

/** A deterministic spread sample: every k-th line, so all parts of a file are represented. */
function sample(lines: string[], n: number): string[] {
  if (lines.length <= n) return lines;
  const step = lines.length / n;
  return Array.from({ length: n }, (_, i) => lines[Math.floor(i * step)]!);
}

const perKind = quick ? 800 : 3000;
const KINDS: { kind: string; files: string[] }[] = [
  { kind: 'real-user (vpo-user-prompts)', files: ['vpo-user-prompts.txt'] },
  { kind: 'benchmark', files: ['vbench2-prompts.txt', 'evalcrafter.txt', 't2v-compbench.txt', 'fetv.txt', 'vbench-all-dimension.txt'] },
  { kind: 'long refined', files: ['vbench-gpt4o-longer.txt', 'opensoraplan-refined.txt', 'videogeneval-t2v-refined.txt'] },
];
const sets = KINDS.map(({ kind, files }) => ({ kind, prompts: sample(files.flatMap(readLines), perKind) }));
const wordsOf = (t: string) => (t.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;

// ─── helpers ─────────────────────────────────────────────────────────────────

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Lints a tool runs before it is timed: the warm-up table (section 6) shows shotlint at full speed from here on. */
const WARM_LINTS = 30_000;

/**
 * Prompts per second of each tool on the same prompts: the median of several timed passes after
 * a warm-up. A single pass over short prompts ends before the JIT has optimised the hot
 * functions, and would measure the interpreter (2× off for every tool), so each tool runs at
 * least WARM_LINTS prompts and at least a second first (capped in time for retext, which runs
 * hundreds per second). The timed passes take the tools in turn, so a slow patch on a shared
 * machine falls on every tool alike instead of on whichever ran then. A tool can ask for fewer
 * passes (retext takes seconds per pass).
 */
function throughputs(tools: { run: (t: string) => unknown; passes?: number }[], prompts: string[]): number[] {
  const passes = quick ? 7 : 11;
  for (const { run } of tools) {
    const start = performance.now();
    let linted = 0;
    do {
      for (const t of prompts) run(t);
      linted += prompts.length;
    } while (performance.now() - start < 1000 || (linted < WARM_LINTS && performance.now() - start < (quick ? 6000 : 12_000)));
  }
  const rates: number[][] = tools.map(() => []);
  for (let p = 0; p < passes; p++) {
    tools.forEach(({ run, passes: own }, k) => {
      if (own !== undefined && p >= own) return;
      const t0 = performance.now();
      for (const t of prompts) run(t);
      rates[k]!.push(prompts.length / ((performance.now() - t0) / 1000));
    });
  }
  return rates.map(median);
}

const failures: string[] = [];
const lines: string[] = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};

const linter = createLinter();
const lintOne = (t: string) => linter.lint(t);

out('# Benchmarks');
out();
out(`Measured by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}.`);
out('The prompts are spread samples of the shared corpus; every tool lints the same prompts in the same run.');
out();

// ─── 1. throughput ──────────────────────────────────────────────────────────

out('## Throughput (prompts/s, higher is better)');
out();
out('| prompts | n | mean words | shotlint | write-good | retext (english + equality + intensify) | vs write-good | vs retext |');
out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { kind, prompts } of sets) {
  const meanWords = prompts.reduce((s, t) => s + wordsOf(t), 0) / prompts.length;
  const [ours, wg, rt] = throughputs([{ run: lintOne }, { run: writeGood }, { run: runRetext, passes: 3 }], prompts) as [number, number, number];
  out(`| ${kind} | ${prompts.length} | ${fmt(meanWords)} | ${fmt(ours)} | ${fmt(wg)} | ${fmt(rt)} | ${fmt(ours / wg, 1)}× | ${fmt(ours / rt, 1)}× |`);
  if (kind !== 'benchmark' && ours / wg < 10) failures.push(`throughput on ${kind}: ${fmt(ours / wg, 1)}× write-good (budget ≥ 10×)`);
}
out();

// ─── 2. latency ─────────────────────────────────────────────────────────────

out('## Latency per prompt, warm (ms)');
out();
const all = sets.flatMap((s) => s.prompts);
const buckets: { name: string; min: number; max: number }[] = [
  { name: '≤ 20 words', min: 0, max: 20 },
  { name: '21–80 words', min: 21, max: 80 },
  { name: '70–90 words (the budget\'s "80-word prompt")', min: 70, max: 90 },
  { name: '81–200 words', min: 81, max: 200 },
];
out('| length | n | p50 | p99 | max |');
out('| --- | ---: | ---: | ---: | ---: |');
for (const t of all) lintOne(t);
for (const b of buckets) {
  const prompts = all.filter((t) => {
    const w = wordsOf(t);
    return w >= b.min && w <= b.max;
  });
  if (prompts.length === 0) continue;
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    for (const t of prompts) {
      const t0 = performance.now();
      lintOne(t);
      times.push(performance.now() - t0);
    }
  }
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  out(`| ${b.name} | ${prompts.length} | ${fmt(p50, 3)} | ${fmt(p99, 3)} | ${fmt(Math.max(...times), 3)} |`);
  if (b.min === 70) {
    if (p50 >= 0.2) failures.push(`80-word p50 ${fmt(p50, 3)} ms (budget < 0.2 ms)`);
    if (p99 >= 1) failures.push(`80-word p99 ${fmt(p99, 3)} ms (budget < 1 ms)`);
  }
}
out();

// ─── 3. growth ──────────────────────────────────────────────────────────────

out('## Growth with prompt length');
out();
const vocabulary = all.join(' ').split(/\s+/).filter(Boolean);
out('| words | ms | µs per word |');
out('| ---: | ---: | ---: |');
const perWord: { words: number; us: number }[] = [];
for (const n of [10, 100, 1_000, 10_000, 100_000]) {
  const text = Array.from({ length: n }, (_, i) => vocabulary[(i * 7919) % vocabulary.length]).join(' ');
  const reps = Math.max(1, Math.round(20_000 / n));
  lintOne(text);
  // The fastest of five rounds: the cost of the work itself, without the pauses another process
  // or an unlucky collection add to one round (a 100,000-word round is a single lint).
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let k = 0; k < reps; k++) lintOne(text);
    times.push((performance.now() - t0) / reps);
  }
  const ms = Math.min(...times);
  perWord.push({ words: n, us: (ms * 1000) / n });
  out(`| ${fmt(n)} | ${fmt(ms, 3)} | ${fmt((ms * 1000) / n, 2)} |`);
}
// Linear: the cost per word at 100,000 words stays within 3× of the cost at 1,000.
const at1k = perWord.find((p) => p.words === 1_000)!.us;
const at100k = perWord.find((p) => p.words === 100_000)!.us;
const growth = at100k / at1k;
out();
out(`Cost per word at 100,000 words is ${fmt(growth, 2)}× the cost at 1,000 words (linear: ≤ 3×). Each size is the fastest of five rounds.`);
if (growth > 3) failures.push(`growth is not linear: ${fmt(growth, 2)}× per-word cost from 1k to 100k words`);
out();

// ─── 4. cold start ──────────────────────────────────────────────────────────

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
const binPath = pkg.bin?.shotlint ? join(root, pkg.bin.shotlint) : undefined;

function wall(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  spawnSync(process.execPath, args, { stdio: 'ignore', env });
  return performance.now() - t0;
}

out('## Cold start');
out();
if (!binPath || !existsSync(binPath)) {
  out('The CLI binary is not built: cold start and batch were not measured.');
  failures.push('CLI binary missing');
} else {
  // The CLI's code cache (src/cli/launch.ts) goes to a folder of this run's, not the user's: the
  // warm-up run writes it, as a user's first run after an install does.
  const cacheDir = mkdtempSync(join(tmpdir(), 'shotlint-bench-cache-'));
  process.env.SHOTLINT_COMPILE_CACHE = cacheDir;
  const uncached = { ...process.env, SHOTLINT_DISABLE_COMPILE_CACHE: '1' };
  const runs = quick ? 11 : 21;
  const prompt = 'A woman in a red coat walking along a rain-soaked cobblestone street at dusk, handheld close follow shot, shallow depth of field, warm streetlamp glow.';
  wall(['-e', '0']);
  wall([binPath, '-p', prompt]);
  // The library as an app's script loads it: one import and one lint (Node 20 keeps no code
  // cache for ES modules, so every run parses it afresh).
  const libraryScript = ['--input-type=module', '-e', `const { lint } = await import(${JSON.stringify(pathToFileURL(distIndex).href)}); lint(${JSON.stringify(prompt)});`];
  const bare: number[] = [];
  const cli: number[] = [];
  const firstRun: number[] = [];
  const library: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(wall(['-e', '0']));
    cli.push(wall([binPath, '-p', prompt]));
    firstRun.push(wall([binPath, '-p', prompt], uncached));
    library.push(wall(libraryScript));
  }
  const ratio = median(cli) / median(bare);
  out('| command | median wall time (ms) | vs bare node |');
  out('| --- | ---: | ---: |');
  out(`| \`node -e 0\` | ${fmt(median(bare), 1)} | 1.00× |`);
  out(`| \`shotlint -p "…"\` | ${fmt(median(cli), 1)} | ${fmt(ratio, 2)}× |`);
  out(`| \`shotlint -p "…"\`, no code cache (the first run after an install or upgrade) | ${fmt(median(firstRun), 1)} | ${fmt(median(firstRun) / median(bare), 2)}× |`);
  out(`| a script that imports \`lint\` from the library and lints once (not budgeted) | ${fmt(median(library), 1)} | ${fmt(median(library) / median(bare), 2)}× |`);
  out();
  out(`Ratio: ${fmt(ratio, 2)}× bare node (budget ≤ 2.5×), median of ${runs} runs each. Every run after the first reads the code cache.`);
  if (ratio > 2.5) failures.push(`cold start ${fmt(ratio, 2)}× bare node (budget ≤ 2.5×)`);
  out();

  // ─── 5. batch ─────────────────────────────────────────────────────────────

  const count = quick ? 100_000 : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'shotlint-bench-'));
  const file = join(dir, 'prompts.jsonl');
  const pool = sample(readLines('vpo-user-prompts.txt'), 20_000);
  await new Promise<void>((resolve, reject) => {
    const stream = createWriteStream(file);
    stream.on('error', reject);
    let i = 0;
    const write = () => {
      let ok = true;
      while (i < count && ok) {
        ok = stream.write(JSON.stringify({ id: `p${i}`, prompt: pool[i % pool.length] }) + '\n');
        i++;
      }
      if (i < count) stream.once('drain', write);
      else stream.end(resolve);
    };
    write();
  });
  out(`## Batch: ${fmt(count)}-line JSONL through the CLI`);
  out();
  out('| concurrency | wall time (s) | prompts/s | cores busy | peak RSS (MiB) |');
  out('| ---: | ---: | ---: | ---: | ---: |');
  // One run on a shared machine can be off by a third: the quick mode takes the median of three
  // (a full million-line run takes minutes, and is run once).
  const repeats = quick ? 3 : 1;
  for (const concurrency of [1, 2]) {
    const times: number[] = [];
    const busy: number[] = [];
    let peakKiB = 0;
    for (let r = 0; r < repeats; r++) {
      const run = await measureBatch(binPath, file, concurrency);
      times.push(run.seconds);
      busy.push(run.cpuSeconds / run.seconds);
      peakKiB = Math.max(peakKiB, run.peakKiB);
      if (run.code !== 0 && run.code !== 1) failures.push(`batch at --concurrency ${concurrency} exited ${run.code}`);
    }
    const seconds = median(times);
    out(`| ${concurrency} | ${fmt(seconds, 1)} | ${fmt(count / seconds)} | ${timeBinary ? fmt(median(busy), 2) : '–'} | ${fmt(peakKiB / 1024)} |`);
    if (peakKiB / 1024 > 512) failures.push(`batch at --concurrency ${concurrency} peaked at ${fmt(peakKiB / 1024)} MiB (bounded: ≤ 512 MiB)`);
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  out();
  out(repeats > 1 ? `Wall time and cores busy are the median of ${repeats} runs; peak RSS the largest.` : 'One run at each concurrency.');
  out('Cores busy is the CPU time of the whole process over its wall time: at `--concurrency 1` the lint worker, the');
  out("main thread reading and reporting, and V8's compiler and garbage-collector threads already share the cores.");
  const capacity = await parallelCapacity();
  out(`Two busy threads on this machine get ${fmt(capacity, 2)}× the work of one done (a fixed loop on one worker thread,`);
  out(`then on two at once; median of three): the most \`--concurrency 2\` can gain over \`--concurrency 1\` here.`);
  out();
}

// ─── 6. warm-up ──────────────────────────────────────────────────────────────

{
  // A fresh process lints distinct prompts in blocks: V8 compiles the hot code while the first
  // prompts run, so the first block shows what a short batch (or each -j worker) pays.
  const block = 10_000;
  const blocks = 3;
  const dir = mkdtempSync(join(tmpdir(), 'shotlint-bench-'));
  const file = join(dir, 'prompts.json');
  writeFileSync(file, JSON.stringify(sample(readLines('vpo-user-prompts.txt'), block * blocks)));
  const script = [
    `const { createLinter } = await import(${JSON.stringify(pathToFileURL(distIndex).href)});`,
    `const prompts = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    'const linter = createLinter();',
    'const rates = [];',
    `for (let b = 0; b < prompts.length; b += ${block}) {`,
    '  const t0 = performance.now();',
    `  for (let i = b; i < b + ${block} && i < prompts.length; i++) linter.lint(prompts[i]);`,
    `  rates.push(Math.min(${block}, prompts.length - b) / ((performance.now() - t0) / 1000));`,
    '}',
    'console.log(JSON.stringify(rates));',
  ].join('\n');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const rates = child.status === 0 ? (JSON.parse(child.stdout) as number[]) : [];
  out('## Warm-up: a fresh process');
  out();
  if (rates.length === 0) out(`Not measured: the child process failed (${child.stderr.trim().split('\n').pop() ?? 'no output'}).`);
  else {
    out('| real-user prompts, in order | prompts/s | share of the last block\'s speed |');
    out('| --- | ---: | ---: |');
    const last = rates[rates.length - 1]!;
    rates.forEach((rate, b) => out(`| ${fmt(b * block + 1)}–${fmt((b + 1) * block)} | ${fmt(rate)} | ${fmt((100 * rate) / last)}% |`));
    out();
    out('Distinct prompts, each linted once by a new `createLinter()` in a new process. V8 compiles the hot code to');
    out('machine code while the first prompts run, so a short batch runs slower than the throughput above; each');
    out('`--concurrency` worker pays this once.');
  }
  out();
}

/**
 * How much work two busy threads get done against one, on this machine: two cores a host shares
 * with other work (or two hyperthreads of one core) may give far less than 2×, and then
 * `--concurrency 2` cannot beat 1 by more.
 */
async function parallelCapacity(): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const spin = `const { parentPort } = require('node:worker_threads'); let x = 0; const t0 = performance.now(); for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; parentPort.postMessage(performance.now() - t0 + (x & 0));`;
  const spinOn = (threads: number) =>
    Promise.all(
      Array.from({ length: threads }, () => new Promise<number>((resolve, reject) => {
        const worker = new Worker(spin, { eval: true });
        worker.once('message', (ms: number) => {
          resolve(ms);
          void worker.terminate();
        });
        worker.once('error', reject);
      })),
    );
  const ratios: number[] = [];
  for (let r = 0; r < 3; r++) {
    const [one] = await spinOn(1);
    const two = await spinOn(2);
    ratios.push((2 * one!) / Math.max(...two));
  }
  return median(ratios);
}

/** Runs the CLI on a JSONL file, under GNU time when the machine has it to read the peak RSS and the CPU time. */
function measureBatch(bin: string, file: string, concurrency: number): Promise<{ seconds: number; cpuSeconds: number; peakKiB: number; code: number }> {
  return new Promise((resolve) => {
    const args = [bin, file, '--format', 'compact', '--quiet', '--concurrency', String(concurrency), '--output-file', '/dev/null'];
    const t0 = performance.now();
    // Peak RSS in KiB, then user and system CPU seconds.
    const child = timeBinary ? spawn(timeBinary, ['-f', '%M %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const [peak, user, system] = (stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
      resolve({ seconds, cpuSeconds: (user || 0) + (system || 0), peakKiB: timeBinary ? peak || 0 : 0, code: code ?? 1 });
    });
  });
}

// ─── 7. the editor ───────────────────────────────────────────────────────────

{
  // The language server as an editor drives it: open a long JSONL file, then edit one record at a
  // time, each edit a new version; the time is from the change to its diagnostics (debounce 0).
  const server = join(root, 'dist/lsp.js');
  const records = quick ? 5_000 : 10_000;
  const edits = 5;
  out(`## The language server: a ${fmt(records)}-record JSONL file`);
  out();
  if (!existsSync(server)) out('The language server is not built: not measured.');
  else {
    const times = await measureEditor(server, sample(readLines('vpo-user-prompts.txt'), records), edits);
    out('| step | wall time (ms) |');
    out('| --- | ---: |');
    out(`| open, to its diagnostics (${fmt(times.diagnostics)}) | ${fmt(times.open)} |`);
    out(`| an edit of one record, to its diagnostics (median of ${edits}) | ${fmt(median(times.edits))} |`);
    out();
    out('An edit lints only the prompts it changed; the others keep their findings. What an edit still costs is');
    out('reading the document again and publishing every diagnostic. Each record is on its own line; the edited');
    out('records are spread through the file.');
  }
  out();
}

/** Opens `prompts` as one JSONL document in the language server, then edits one record at a time. */
async function measureEditor(server: string, prompts: readonly string[], edits: number): Promise<{ open: number; edits: number[]; diagnostics: number }> {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node') as typeof import('vscode-jsonrpc/node');
  const dir = mkdtempSync(join(tmpdir(), 'shotlint-bench-lsp-'));
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let waiting: ((p: { uri: string; version?: number; diagnostics: unknown[] }) => void) | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => waiting?.(p));
  connection.onRequest(() => null);
  connection.listen();
  const uri = pathToFileURL(join(dir, 'prompts.jsonl')).href;
  const lines = prompts.map((prompt, id) => JSON.stringify({ id, prompt }));
  const published = (version: number) =>
    new Promise<number>((resolve) => {
      waiting = (p) => {
        if (p.uri === uri && p.version === version) resolve(p.diagnostics.length);
      };
    });
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounce: 0 } });
  await connection.sendNotification('initialized', {});
  let t0 = performance.now();
  let done = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jsonl', version: 1, text: lines.join('\n') } });
  const diagnostics = await done;
  const open = performance.now() - t0;
  const times: number[] = [];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(((e + 0.5) * lines.length) / edits);
    lines[at] = JSON.stringify({ id: at, prompt: `${prompts[at]} at dawn` });
    t0 = performance.now();
    done = published(e + 2);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: e + 2 }, contentChanges: [{ text: lines.join('\n') }] });
    await done;
    times.push(performance.now() - t0);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.once('exit', resolve));
  connection.dispose();
  rmSync(dir, { recursive: true, force: true });
  return { open, edits: times, diagnostics };
}

// ─── verdict ────────────────────────────────────────────────────────────────

out('## Budget');
out();
if (failures.length === 0) out('Every budget in DESIGN.md was met.');
else for (const f of failures) out(`- missed: ${f}`);
out();

out('## What is compared');
out();
out('- **shotlint**: `createLinter().lint(text)` with the default rules: tokenising, part-of-speech tagging, lexicon');
out('  matching, word senses, noun phrases and actions, then every rule, the score and the counts. The rewrite is');
out('  computed only when read, so it is not timed.');
out('- **write-good**: `writeGood(text)`: a handful of regular expressions over the text (passive voice, weasel');
out('  words, adverbs, clichés); no parse.');
out('- **retext**: `retext-english` parsing into a syntax tree, then `retext-equality` and `retext-intensify`.');
out();
out('Times are wall-clock on a machine that may be running other work; throughput is the median of several');
out(`passes after a warm-up (each tool runs at least ${fmt(WARM_LINTS)} prompts first, or retext a few seconds), the tools`);
out('taking turns pass by pass; latency pools every run of every prompt (so a garbage collection shows in p99).');
out();

// Both modes write the page; its first line says which mode measured it.
writeFileSync(join(root, 'docs/benchmarks.md'), lines.join('\n') + '\n');
process.exit(failures.length === 0 ? 0 : 1);
