// Ranges and positions between the protocol's plain JSON (what custom requests and command
// arguments carry) and VS Code's classes.
import * as vscode from 'vscode';
import type { Position, Range } from 'vscode-languageclient/node';

export type { Position, Range };
export const toRange = (r: Range): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
export const toLsp = (r: vscode.Range): Range => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });
