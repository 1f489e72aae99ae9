// Worker-thread entry (bundled to dist/analysisWorker.js): analyses a corpus off the extension host's
// event loop. One request at a time; the service terminates the worker to cancel stale work.

import { parentPort } from 'node:worker_threads';
import { analyzeCorpus } from '../core/analyze';
import type { SourceDocument } from '../core/types';

export interface WorkerRequest {
  id: number;
  sources: SourceDocument[];
}

export type WorkerResponse = { id: number; ok: true; analysis: ReturnType<typeof analyzeCorpus> } | { id: number; ok: false; error: string };

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, analysis: analyzeCorpus(request.sources) };
  } catch (err) {
    response = { id: request.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  parentPort?.postMessage(response);
});
