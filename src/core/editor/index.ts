// Pure editor-feature builders (no vscode import): navigation, hover Markdown,
// decoration and inlay-hint plans, the status summary.

export * from './navigation';
export * from './markdownText';
export * from './figureText';
export * from './hoverContent';
export * from './decorationPlan';
export * from './inlayPlan';
export * from './summary';
