// The analysis service: watches the corpus, debounces changes, analyses in the background (inline for
// small corpora, in a worker thread for large ones), drops results of superseded runs, and publishes
// snapshots. Implements AnalysisProvider for every editor feature.

import * as vscode from 'vscode';
import { analyzeCorpus, CancelledError } from '../../core/analyze';
import type { CorpusAnalysis, SourceDocument } from '../../core/types';
import { debounceMs, workerThresholdChars } from '../config';
import type { SourceCorpus } from '../corpus/sourceCorpus';
import type { AnalysisProvider, AnalysisSnapshot } from './model';
import { createSnapshot } from './snapshot';
import { AnalysisWorkerClient } from './workerClient';

export class AnalysisService implements AnalysisProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnalysisSnapshot>();
  readonly onDidChange = this.changed.event;
  private readonly busyChanged = new vscode.EventEmitter<boolean>();
  readonly onDidChangeBusy = this.busyChanged.event;

  private snapshot: AnalysisSnapshot | undefined;
  /** Bumped for every new request; a run whose generation is no longer current throws its result away. */
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private running = 0;
  private scanning = 0;
  private wasBusy = false;
  private idleWaiters: (() => void)[] = [];
  private readonly worker: AnalysisWorkerClient;
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;

  constructor(
    private readonly corpus: SourceCorpus,
    private readonly log: vscode.LogOutputChannel,
    workerScript: string,
  ) {
    this.worker = new AnalysisWorkerClient(workerScript);
    this.subscriptions.push(corpus.onDidChange(() => this.schedule(debounceMs())));
  }

  get current(): AnalysisSnapshot | undefined {
    return this.snapshot;
  }

  get busy(): boolean {
    return this.scanning > 0 || this.timer !== undefined || this.running > 0;
  }

  /** First scan and analysis, in the background with progress in the status bar area. */
  start(): void {
    this.rescanAndAnalyze();
  }

  refresh(): void {
    this.rescanAndAnalyze();
  }

  whenIdle(): Promise<AnalysisSnapshot | undefined> {
    if (!this.busy) return Promise.resolve(this.snapshot);
    return new Promise((resolve) => this.idleWaiters.push(() => resolve(this.snapshot)));
  }

  private rescanAndAnalyze(): void {
    this.scanning++;
    this.updateBusy();
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Source Lens: finding sources' }, async () => {
      try {
        await this.corpus.rescan(); // fires onDidChange → schedule()
        this.schedule(0);
      } catch (err) {
        this.log.error(`Finding sources failed: ${String(err)}`);
      } finally {
        this.scanning--;
        this.updateBusy();
      }
    });
  }

  /** Analyse after `delay` ms of quiet; supersedes whatever is scheduled or running. */
  schedule(delay: number): void {
    if (this.disposed) return;
    this.generation++;
    this.worker.cancel();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
    this.updateBusy();
  }

  private async run(): Promise<void> {
    const generation = this.generation;
    const entries = this.corpus.entries();
    const sources: SourceDocument[] = entries.map((e) => ({ file: e.file, text: e.text }));
    const size = sources.reduce((n, s) => n + s.text.length, 0);
    const inWorker = size > workerThresholdChars();
    this.running++;
    this.updateBusy();
    try {
      const started = Date.now();
      const analysis = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Source Lens: analysing ${sources.length} source${sources.length === 1 ? '' : 's'}` },
        () => (inWorker ? this.worker.analyze(sources) : this.analyzeInline(sources, generation)),
      );
      if (generation !== this.generation || this.disposed) return; // superseded while running
      this.snapshot = createSnapshot(analysis, entries);
      this.log.info(`Analysed ${sources.length} source(s), ${size} chars, ${analysis.groups.length} groups in ${Date.now() - started} ms${inWorker ? ' (worker)' : ''}`);
      this.changed.fire(this.snapshot);
    } catch (err) {
      if (!(err instanceof CancelledError)) this.log.error(`Analysis failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      this.running--;
      this.updateBusy();
    }
  }

  private async analyzeInline(sources: SourceDocument[], generation: number): Promise<CorpusAnalysis> {
    await new Promise((resolve) => setImmediate(resolve)); // let the UI's pending events go first
    return analyzeCorpus(sources, { isCancelled: () => generation !== this.generation || this.disposed });
  }

  private updateBusy(): void {
    const busy = this.busy;
    if (busy !== this.wasBusy) {
      this.wasBusy = busy;
      this.busyChanged.fire(busy);
    }
    if (!busy && this.idleWaiters.length) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.worker.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
    this.busyChanged.dispose();
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
