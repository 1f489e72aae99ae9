#!/usr/bin/env node
// Speed of the analysis engine, as ratios against a baseline measured in the same run.
//
//   node scripts/bench.mjs [--sizes=20,100] [--budget=60]
//
// Corpora: the sample articles, then synthetic corpora of N files made by replicating the samples under
// distinct names with their paragraphs shuffled (seeded), so no two files are identical.
// For each corpus: median wall time of analyzeCorpus over several runs after a warm-up, throughput in KB/s,
// and engine / baseline, where the baseline is the least any analyser must do with the same text: find
// every word with a regex and lower-case it. Finally, how time grows between the two synthetic sizes.
//
// The engine is bundled from src/ with esbuild into a temp file (no dependence on dist/). Each corpus is
// measured in a worker thread with a time budget; a worker still busy when its budget runs out is stopped
// and the size is reported as a lower bound, so the whole bench stays within about --budget seconds.

import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(REPO, 'samples');
const WARM_UP_CAP_MS = 20_000;

// ---------------------------------------------------------------- corpora (shared by main and worker)

function readSamples() {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(SAMPLES, file), 'utf8').replace(/^\uFEFF/, '') }));
}

/** Small deterministic PRNG (mulberry32) so every run shuffles the same way. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` files cycling through the samples; every copy after the first has its paragraphs shuffled. */
function syntheticCorpus(samples, count) {
  const random = prng(count);
  return Array.from({ length: count }, (_, i) => {
    const source = samples[i % samples.length];
    const copy = Math.floor(i / samples.length);
    if (copy === 0) return { file: `syn_${String(i).padStart(4, '0')}.txt`, text: source.text };
    const paragraphs = source.text.split('\n');
    for (let k = paragraphs.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [paragraphs[k], paragraphs[j]] = [paragraphs[j], paragraphs[k]];
    }
    return { file: `syn_${String(i).padStart(4, '0')}.txt`, text: paragraphs.join('\n') };
  });
}

function corpusFor(size) {
  const samples = readSamples();
  return size === 'samples' ? samples : syntheticCorpus(samples, size);
}

// ---------------------------------------------------------------- measurement (worker side)

/** The floor every analyser pays: every word found with a regex and lower-cased. */
function baselinePass(sources) {
  let total = 0;
  for (const s of sources) for (const m of s.text.matchAll(/[\p{L}\p{N}]+/gu)) total += m[0].toLowerCase().length;
  return total;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** How many baseline passes make a batch long enough (>= 5 ms) for the timer to resolve. */
function baselineReps(sources) {
  for (let i = 0; i < 5; i++) baselinePass(sources); // warm-up
  let reps = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) baselinePass(sources);
    if (performance.now() - t >= 5) return reps;
    reps *= 2;
  }
}

/** Per-pass time of several short batches; a GC pause or a busy neighbour only spoils a few of them. */
function baselineBatches(sources, reps, count = 5) {
  const perPass = [];
  for (let b = 0; b < count; b++) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) baselinePass(sources);
    perPass.push((performance.now() - t) / reps);
  }
  return perPass;
}

/**
 * Each run times a baseline batch right before and right after the engine, so both see the same machine load
 * (other processes, CPU frequency) and their ratio stays meaningful on a busy machine.
 */
function runWorker() {
  const { bundle, size, runs } = workerData;
  const { analyzeCorpus } = createRequire(import.meta.url)(bundle);
  const sources = corpusFor(size);
  const samples = readSamples();
  const reps = baselineReps(sources);
  // Warm-up: JIT the engine on the samples (cheap) before any timed run.
  analyzeCorpus(samples);
  analyzeCorpus(samples);
  parentPort.postMessage({ type: 'ready', baseline: median(baselineBatches(sources, reps, 9)) });
  for (let r = 0; r < runs; r++) {
    const before = baselineBatches(sources, reps);
    const t = performance.now();
    analyzeCorpus(sources);
    const ms = performance.now() - t;
    parentPort.postMessage({ type: 'run', ms, baseline: median([...before, ...baselineBatches(sources, reps)]) });
  }
}

// ---------------------------------------------------------------- orchestration (main side)

async function bundleEngine(dir) {
  const outfile = join(dir, 'engine.cjs');
  await esbuild.build({
    stdin: { contents: "export { analyzeCorpus } from './src/core/analyze';", resolveDir: REPO, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Runs one corpus in a worker: resolves with the run times collected before the budget ran out.
 * The budget starts once the worker has warmed up (warm-up itself is capped at WARM_UP_CAP_MS).
 */
function measure(bundle, size, runs, budgetMs) {
  return new Promise((resolvePromise, reject) => {
    const result = { times: [], baselines: [], warmBaseline: NaN };
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { bundle, size, runs } });
    let started = performance.now();
    let timer = setTimeout(() => void worker.terminate(), WARM_UP_CAP_MS);
    worker.on('message', (m) => {
      if (m.type === 'ready') {
        result.warmBaseline = m.baseline;
        clearTimeout(timer);
        started = performance.now();
        timer = setTimeout(() => void worker.terminate(), budgetMs);
      } else if (m.type === 'run') {
        result.times.push(m.ms);
        result.baselines.push(m.baseline);
        // Stop early when the next run would not fit in the budget.
        if (result.times.length < runs && performance.now() - started + m.ms > budgetMs) {
          clearTimeout(timer);
          void worker.terminate();
        }
      }
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolvePromise(result);
    });
  });
}

function parseOptions(argv) {
  const options = { sizes: [20, 100], budgetSeconds: 60 };
  for (const arg of argv) {
    const [flag, value] = arg.split('=');
    if (flag === '--sizes') options.sizes = value.split(',').map(Number);
    else if (flag === '--budget') options.budgetSeconds = Number(value);
    else throw new Error(`unknown option ${arg} (use --sizes=20,100 --budget=60)`);
  }
  if (options.sizes.length !== 2 || !options.sizes.every((n) => Number.isInteger(n) && n > 0) || !(options.budgetSeconds > 0)) {
    throw new Error('--sizes takes two positive integers, --budget a positive number of seconds');
  }
  return options;
}

const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const kb = (sources) => sources.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0) / 1024;

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-bench-'));
  try {
    const bundle = await bundleEngine(dir);
    const budget = options.budgetSeconds * 1000;
    // Budget split: the samples are cheap; the largest corpus gets the most time.
    const plan = [
      { label: 'samples', size: 'samples', runs: 9, budget: 0.1 * budget },
      { label: `synthetic ${options.sizes[0]}`, size: options.sizes[0], runs: 5, budget: 0.3 * budget },
      { label: `synthetic ${options.sizes[1]}`, size: options.sizes[1], runs: 3, budget: 0.5 * budget },
    ];
    const rows = [];
    for (const p of plan) {
      const sources = corpusFor(p.size);
      const r = await measure(bundle, p.size, p.runs, p.budget);
      const med = r.times.length ? median(r.times) : NaN;
      // With no finished run, the corpus took longer than its whole budget: report that as a lower bound.
      const timeMs = r.times.length ? med : p.budget;
      const ratios = r.times.map((t, i) => t / r.baselines[i]);
      rows.push({
        ...p, files: sources.length, kb: kb(sources), done: r.times.length, timeMs, bound: r.times.length === 0,
        baseline: r.baselines.length ? median(r.baselines) : r.warmBaseline,
        ratio: ratios.length ? median(ratios) : timeMs / r.warmBaseline,
      });
    }

    const header = ['corpus', 'files', 'KB', 'runs', 'median ms', 'KB/s', 'baseline ms', 'engine / baseline'];
    const table = rows.map((r) => [
      r.label, String(r.files), fmt(r.kb, 1), String(r.done),
      `${r.bound ? '> ' : ''}${fmt(r.timeMs, 1)}`,
      `${r.bound ? '< ' : ''}${fmt(r.kb / (r.timeMs / 1000), 1)}`,
      fmt(r.baseline, 3),
      `${r.bound ? '> ' : ''}${fmt(r.ratio)}×`,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(`source-lens bench — node ${process.version}, baseline = regex word scan + toLowerCase over the same text`);
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of table) console.log(line(row));

    const [small, large] = rows.slice(1);
    if (small.bound) {
      console.log(`growth: not measured (${small.label} did not finish one run within its budget)`);
    } else {
      const sizeRatio = large.kb / small.kb;
      const timeRatio = large.timeMs / small.timeMs;
      const exponent = Math.log(timeRatio) / Math.log(sizeRatio);
      const atLeast = large.bound ? '> ' : '';
      console.log(
        `growth ${small.files} → ${large.files} files: size ×${fmt(sizeRatio, 2)}, time ${atLeast}×${fmt(timeRatio, 2)}` +
          ` (baseline ×${fmt(large.baseline / small.baseline, 2)}); time ∝ size^${large.bound ? ">" : ""}${fmt(exponent, 2)}, 1.00 = linear`,
      );
    }
    if (large.bound) {
      console.log(`note: ${large.label} did not finish one run within its ${fmt(large.budget / 1000)} s budget: its figures are bounds (rerun with a larger --budget to measure it)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainThread) {
  main().catch((err) => {
    console.error(`bench: ${err.message}`);
    process.exitCode = 1;
  });
} else {
  runWorker();
}
