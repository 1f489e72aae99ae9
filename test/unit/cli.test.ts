// End-to-end tests of the BUILT command line (dist/cli.js) run as a child process:
// exit codes, stdout/stderr discipline, file discovery, JSON offsets and the Markdown report's escaping.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { CLI, REPO, ensureCliBuilt } from '../support/builtCli';
const SAMPLES = path.join(REPO, 'samples');

const FIGURE_KINDS = new Set(['money', 'percent', 'quantity', 'date', 'ratio']);
const ENTITY_TYPES = new Set(['person', 'organization', 'place', 'equipment', 'event']);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], cwd = REPO): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a small corpus { relativePath: text } under a fresh temp folder and returns its path. */
function tempCorpus(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cli-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

type SpanItem = { file: string; start: number; end: number; text: string };

function assertSpan(item: SpanItem, texts: Map<string, string>, what: string): void {
  const text = texts.get(item.file);
  assert.ok(text !== undefined, `${what} names an unknown file ${item.file}`);
  assert.ok(Number.isInteger(item.start) && Number.isInteger(item.end), `${what}: integer offsets`);
  assert.ok(item.start >= 0 && item.start < item.end && item.end <= text.length, `${what}: [${item.start}, ${item.end}) in bounds`);
  assert.equal(item.text, text.slice(item.start, item.end), `${what} text must equal the file slice`);
}

function isValidFigureValue(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v)) && value[0] <= value[1];
}

/** Units a kind may carry: closed sets where the data model fixes them, a plain word otherwise. */
function isValidUnit(kind: string, unit: string): boolean {
  switch (kind) {
    case 'percent':
      return ['%', 'pp', 'bp'].includes(unit);
    case 'money':
      return /^[A-Z]{3}$/.test(unit);
    case 'date':
      return ['year', 'month', 'day'].includes(unit);
    case 'ratio':
      return unit === 'x';
    default:
      return /^[a-z][a-z -]*$/.test(unit);
  }
}

function assertUsageError(r: Run): void {
  assert.equal(r.status, 2, `exit code 2 expected, got ${r.status}; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `exactly one stderr line, got:\n${r.stderr}`);
  assert.match(lines[0], /^source-lens: /);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|\.ts:\d+|\.js:\d+/, 'no stack trace');
}

describe('cli (built dist/cli.js)', function () {
  this.timeout(120_000);
  const temps: string[] = [];

  before(function () {
    ensureCliBuilt();
  });

  after(function () {
    for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('analyze --format json on the samples', function () {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let out: any;
    const texts = new Map<string, string>();

    before(function () {
      const r = runCli(['analyze', '--root', 'samples', '--format', 'json', 'samples']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      out = JSON.parse(r.stdout);
      for (const name of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
        texts.set(name, fs.readFileSync(path.join(SAMPLES, name), 'utf8').replace(/^\uFEFF/, ''));
      }
    });

    it('has the schema and the five documents named relative to --root', function () {
      assert.equal(out.schema, 'source-lens/analysis@1');
      assert.equal(out.documents.length, 5);
      const files = out.documents.map((d: { file: string }) => d.file);
      assert.ok(files.includes('000_d8508d2c3bfe9f15.txt'));
      assert.deepEqual([...files].sort(), [...texts.keys()].sort());
      for (const d of out.documents) assert.equal(d.chars, texts.get(d.file)!.length);
    });

    it('finds something of every kind', function () {
      for (const key of ['entities', 'figures', 'quotes', 'claims', 'groups']) {
        assert.ok(out[key].length > 0, `no ${key}`);
      }
    });

    it('every entity, figure, quote and claim span is the exact file slice', function () {
      for (const key of ['entities', 'figures', 'quotes', 'claims']) {
        out[key].forEach((item: SpanItem, i: number) => assertSpan(item, texts, `${key}[${i}]`));
      }
      for (const e of out.entities) {
        assert.ok(ENTITY_TYPES.has(e.type), `entity type ${e.type}`);
        assert.ok(typeof e.canonical === 'string' && e.canonical.length > 0);
      }
    });

    it('figure kinds, units and values are valid', function () {
      for (const f of out.figures) {
        assert.ok(FIGURE_KINDS.has(f.kind), `figure kind ${f.kind}`);
        assert.ok(isValidUnit(f.kind, f.unit), `unit "${f.unit}" for kind ${f.kind} (${f.text})`);
        assert.ok(isValidFigureValue(f.value), `value ${JSON.stringify(f.value)} of "${f.text}"`);
        assert.equal(typeof f.about, 'string');
      }
    });

    it('group members are exact slices and a group never stays inside one file', function () {
      for (const g of out.groups) {
        assert.ok(['figure', 'quote', 'claim'].includes(g.kind), g.kind);
        assert.ok(['agree', 'variant', 'conflict'].includes(g.relation), g.relation);
        assert.ok(typeof g.note === 'string' && g.note.length > 0);
        g.members.forEach((m: SpanItem, i: number) => assertSpan(m, texts, `group ${g.id} member ${i}`));
        const files = new Set(g.members.map((m: SpanItem) => m.file));
        assert.ok(files.size >= 2, `group ${g.id} has members in only ${[...files].join(', ')}`);
      }
      const ids = out.groups.map((g: { id: string }) => g.id);
      assert.equal(new Set(ids).size, ids.length, 'group ids are unique');
    });
  });

  it('--root defaults to the current directory', function () {
    const r = runCli(['analyze', 'samples/000_d8508d2c3bfe9f15.txt', 'samples/001_2bf12179e7f15e39.txt']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.documents.map((d: { file: string }) => d.file),
      ['samples/000_d8508d2c3bfe9f15.txt', 'samples/001_2bf12179e7f15e39.txt'],
    );
    const text = fs.readFileSync(path.join(SAMPLES, '000_d8508d2c3bfe9f15.txt'), 'utf8');
    for (const q of out.quotes.filter((x: SpanItem) => x.file === 'samples/000_d8508d2c3bfe9f15.txt')) {
      assert.equal(q.text, text.slice(q.start, q.end));
    }
  });

  it('accepts --format=json and defaults to json', function () {
    const a = runCli(['analyze', '--format=json', '--root=samples', 'samples/004_a3f1ff2c5ebd2943.txt']);
    const b = runCli(['analyze', '--root', 'samples', 'samples/004_a3f1ff2c5ebd2943.txt']);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.equal(JSON.parse(a.stdout).documents[0].file, '004_a3f1ff2c5ebd2943.txt');
  });

  describe('--format md', function () {
    const hostile = '“Visit [click](command:evil) and <img src=x> for **bold** updates,”';
    let md: string;

    before(function () {
      const dir = tempCorpus({
        'a.txt': [
          'Harbour strike enters second week',
          '',
          'Dock workers in Rotterdam extended their strike on Monday, the union said.',
          `${hostile} said Maria Jansen, a union spokeswoman.`,
          'The port handles 14.5 million containers a year, according to the port authority.',
        ].join('\n'),
        'sub/b.txt': [
          'Rotterdam dock strike drags on',
          '',
          'The strike at Rotterdam harbour continued for a second week.',
          `${hostile} Jansen told reporters on Tuesday.`,
          'The port handles about 15 million containers a year, officials said.',
        ].join('\n'),
      });
      temps.push(dir);
      const r = runCli(['analyze', '--root', dir, '--format', 'md', dir]);
      assert.equal(r.status, 0, r.stderr);
      md = r.stdout;
    });

    it('starts with the title and orders conflicts, speakers, then groups', function () {
      assert.ok(md.startsWith('# Source Lens report\n'), md.slice(0, 80));
      const conflicts = md.indexOf('\n## Conflicts');
      const speakers = md.indexOf('\n## Speakers');
      const groups = md.indexOf('\n## Shared ');
      assert.ok(conflicts > 0, 'conflicts section');
      assert.ok(speakers > conflicts, 'speakers after conflicts');
      assert.ok(groups > speakers, 'groups after speakers');
    });

    it('shows the quote, its speaker and the figure conflict', function () {
      assert.match(md, /### Maria Jansen \(2\)/);
      assert.match(md, /\*\*conflict\*\* \(figure\)/);
    });

    it('escapes article text: no live link, HTML or emphasis', function () {
      assert.ok(!md.includes('[click](command:evil)'), 'raw link must not survive');
      assert.ok(!md.includes('<img src=x>'), 'raw HTML must not survive');
      assert.ok(!md.includes('**bold**'), 'raw emphasis must not survive');
      assert.ok(md.includes('\\[click\\]\\(command:evil\\)'), 'escaped link');
      assert.ok(md.includes('\\<img src=x\\>'), 'escaped HTML');
      assert.ok(md.includes('\\*\\*bold\\*\\*'), 'escaped emphasis');
      assert.ok(md.includes('sub/b\\.txt'), 'file names are escaped too');
    });
  });

  describe('usage errors: exit 2, one stderr line, nothing on stdout', function () {
    let emptyDir: string;
    before(function () {
      emptyDir = tempCorpus({ 'readme.md': '# nothing here\n', 'nested/data.json': '{}\n' });
      temps.push(emptyDir);
    });

    const cases: Array<[string, () => string[]]> = [
      ['no arguments', () => []],
      ['an unknown command', () => ['summarize', 'samples']],
      ['an unknown flag', () => ['analyze', '--verbose', 'samples']],
      ['--format xml', () => ['analyze', '--format', 'xml', 'samples']],
      ['--format without a value', () => ['analyze', 'samples', '--format']],
      ['no input paths', () => ['analyze', '--format', 'json']],
      ['a missing path', () => ['analyze', 'samples/does-not-exist.txt']],
      ['a folder with no .txt files', () => ['analyze', emptyDir]],
    ];
    for (const [name, args] of cases) {
      it(name, function () {
        assertUsageError(runCli(args()));
      });
    }

    it('--help prints the usage on stdout with exit 0', function () {
      const r = runCli(['--help']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^usage: source-lens analyze/);
      assert.equal(r.stderr, '');
    });
  });

  it('reads folders recursively, *.txt only, in a stable order', function () {
    const article = (place: string) =>
      `Floods hit ${place}\n\nHeavy rain flooded ${place} on Sunday, officials said. About 1,200 people were evacuated.\n`;
    const dir = tempCorpus({
      'top.txt': article('Porto'),
      'deep/one/two/inner.txt': article('Braga'),
      'deep/UPPER.TXT': article('Faro'),
      'deep/notes.md': article('Lisbon'),
      'deep/data.json': '{"text": "not an article"}',
      'deep/.hidden/secret.txt': article('Evora'),
    });
    temps.push(dir);
    const r = runCli(['analyze', '--root', dir, dir]);
    assert.equal(r.status, 0, r.stderr);
    const files = JSON.parse(r.stdout).documents.map((d: { file: string }) => d.file);
    assert.deepEqual(files, ['deep/UPPER.TXT', 'deep/one/two/inner.txt', 'top.txt']);
  });
});
