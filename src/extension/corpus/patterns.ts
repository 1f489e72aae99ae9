// Which files are sources: the language's filename pattern plus the user's files.associations entries
// that map to the article language, as globs for findFiles and file watchers.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { ARTICLE_GLOB, associationPatterns } from '../config';

/** Globs (workspace-relative or anchored at a folder) for every way a file can be an article. */
export function sourceGlobs(): vscode.GlobPattern[] {
  const globs: vscode.GlobPattern[] = [ARTICLE_GLOB];
  for (const pattern of associationPatterns()) {
    const p = pattern.replace(/\\/g, '/');
    if (!p.includes('/')) globs.push(`**/${p}`); // matched against the file name
    else if (path.isAbsolute(pattern) || /^[a-zA-Z]:\//.test(p)) {
      // An absolute path (possibly a glob in its last segment): anchor it at its folder.
      globs.push(new vscode.RelativePattern(vscode.Uri.file(path.dirname(pattern)), path.basename(p)));
    } else globs.push(p.startsWith('**/') || p.startsWith('/') ? p.replace(/^\//, '') : `**/${p}`);
  }
  return globs;
}

/** node_modules and .git are never read, whatever the patterns say. */
export function isExcluded(uri: vscode.Uri): boolean {
  return /(^|\/)(node_modules|\.git)(\/|$)/.test(uri.path);
}

/** URI schemes whose documents can be sources; derived views (git:, output:, diff sides) are not. */
export function isSourceScheme(uri: vscode.Uri): boolean {
  if (['file', 'untitled', 'vscode-remote', 'vscode-vfs'].includes(uri.scheme)) return true;
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme);
}
