// Runs analyzeCorpus in a worker thread. Cancelling terminates the worker (the analysis is synchronous
// inside it); the next request starts a fresh one.

import { Worker } from 'node:worker_threads';
import { CancelledError } from '../../core/analyze';
import type { CorpusAnalysis, SourceDocument } from '../../core/types';
import type { WorkerRequest, WorkerResponse } from '../analysisWorker';

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextId = 0;
  private pending: { id: number; resolve: (a: CorpusAnalysis) => void; reject: (e: Error) => void } | undefined;

  constructor(private readonly scriptPath: string) {}

  analyze(sources: SourceDocument[]): Promise<CorpusAnalysis> {
    this.cancel();
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    return new Promise<CorpusAnalysis>((resolve, reject) => {
      this.pending = { id, resolve, reject };
      worker.postMessage({ id, sources } satisfies WorkerRequest);
    });
  }

  /** Stops the analysis in flight, if any; its promise rejects with CancelledError. */
  cancel(): void {
    if (!this.pending) return;
    const { reject } = this.pending;
    this.pending = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    reject(new CancelledError());
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.scriptPath);
    worker.unref(); // never keep the extension host alive
    worker.on('message', (msg: WorkerResponse) => {
      const pending = this.pending;
      if (!pending || pending.id !== msg.id) return;
      this.pending = undefined;
      if (msg.ok) pending.resolve(msg.analysis);
      else pending.reject(new Error(msg.error));
    });
    worker.on('error', (err) => this.fail(worker, err));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(worker, new Error(`analysis worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private fail(worker: Worker, err: Error): void {
    if (this.worker !== worker) return; // a terminated (cancelled) worker
    this.worker = undefined;
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(err);
  }

  dispose(): void {
    this.cancel();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
