import type { CrossSourceGroup, DocumentAnalysis } from '../types';

export function linkCorpus(_documents: DocumentAnalysis[], _isCancelled?: () => boolean): CrossSourceGroup[] {
  return [];
}
