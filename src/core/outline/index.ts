// Pure builders behind the sidebar and the navigation providers (no editor dependency).

export * from './types';
export { relatedLocations, relatedOf, type RelatedLocations } from './related';
export * from './speakers';
export * from './acrossSources';
export * from './tooltips';
export * from './documentSymbols';
export * from './workspaceSymbols';
export * from './codeLenses';
export * from './diagnostics';
export { escapeMarkdownText, clip, oneLine, baseName, matchesFilter, plural } from './text';
