// Pure editor-feature builders (no vscode import): position queries, navigation, hover Markdown,
// decoration and inlay-hint plans, the status summary.

export * from './corpusIndex';
export * from './positions';
export * from './navigation';
export * from './markdownText';
export * from './figureText';
export * from './hoverContent';
export * from './decorationPlan';
export * from './inlayPlan';
export * from './summary';
