#!/usr/bin/env node
// source-lens analyze [--root DIR] [--format json|md] PATHS…
// The same engine as the extension, for batch use and for measurement.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from './core/analyze';
import { toAnalysisJson } from './core/report/json';
import { toMarkdownReport } from './core/report/markdown';
import type { SourceDocument } from './core/types';

const USAGE = 'usage: source-lens analyze [--root DIR] [--format json|md] PATHS…';

class UsageError extends Error {}

interface Options {
  root: string;
  format: 'json' | 'md';
  paths: string[];
}

export function parseArgs(argv: string[]): Options | 'help' {
  if (argv.length === 0) throw new UsageError('no command given');
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return 'help';
  if (argv[0] !== 'analyze') throw new UsageError(`unknown command "${argv[0]}"`);
  const options: Options = { root: process.cwd(), format: 'json', paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--root') options.root = value();
    else if (flag === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'md') throw new UsageError(`--format must be json or md, not "${f}"`);
      options.format = f;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('no input paths given');
  return options;
}

/** The .txt files under the given files and folders, in a stable order, without duplicates. */
export function collectFiles(paths: string[]): string[] {
  const found = new Set<string>();
  const walk = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new UsageError(`cannot read ${p}`);
    }
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch {
        throw new UsageError(`cannot read folder ${p}`);
      }
      for (const e of entries) {
        if (e.startsWith('.') || e === 'node_modules') continue;
        walk(path.join(p, e), false);
      }
    } else if (stat.isFile() && (explicit || p.toLowerCase().endsWith('.txt'))) {
      found.add(path.resolve(p));
    }
  };
  for (const p of paths) walk(p, true);
  return [...found];
}

export function readSources(files: string[], root: string): SourceDocument[] {
  const absRoot = path.resolve(root);
  return files.map((f) => {
    let text: string;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      throw new UsageError(`cannot read ${f}`);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { file: path.relative(absRoot, f).split(path.sep).join('/'), text };
  });
}

export function main(argv: string[]): number {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const files = collectFiles(options.paths);
    if (files.length === 0) throw new UsageError('no .txt files found in the given paths');
    const corpus = analyzeCorpus(readSources(files, options.root));
    const out = options.format === 'json' ? JSON.stringify(toAnalysisJson(corpus), null, 1) : toMarkdownReport(corpus);
    process.stdout.write(`${out}\n`);
    return 0;
  } catch (err) {
    const message = err instanceof UsageError ? `${err.message}\n${USAGE}` : `internal error: ${(err as Error)?.message ?? err}`;
    process.stderr.write(`source-lens: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
