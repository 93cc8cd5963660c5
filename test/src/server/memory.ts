// An in-memory project for tests: a folder /w of the given files, and what the project told its host.
import { MemoryFileSystem } from '../../../server/out/index/files';
import { Project, type ProjectHost } from '../../../server/out/project/project';

export const FB = 'Minister quits over failed talks\n\nJohn Carter, the foreign minister of Freedonia, said in a statement on Facebook on Sunday: “The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now.”\n\nCarter has led the delegation to Geneva since 2019.\n';
export const TW = 'Freedonia minister resigns\n\nJohn Carter said in a statement on Twitter that he was quitting the talks in Geneva.\n\n“The talks have failed because nobody in Sylvania wanted them to succeed, and I am leaving now,” Carter said.\n';

export function at(text: string, needle: string) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A project over an in-memory folder /w, with what it told its host. */
export function memoryProject(files: Record<string, string>, options: { analyze?: (text: string) => any } = {}) {
  const fs = new MemoryFileSystem(new Map(Object.entries(files).map(([k, v]) => [`/w/${k}`, v])));
  const told = { changed: new Set<string>(), logs: [] as string[] };
  const host: ProjectHost = { log: (level, m) => told.logs.push(`${level}: ${m}`), changed: (uris) => uris && [...uris].forEach((u) => told.changed.add(u)), progress: () => undefined };
  const project = new Project({ fs, cacheDir: null, trusted: true, host, workers: () => 0, ...options });
  project.setFolders(['/w']);
  return { fs, project, told };
}

