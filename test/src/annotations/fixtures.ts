// Two short articles written for the tests (a channel contradiction between them, an emoji before
// an annotated passage) and the folder data the exports read.
import { analyze } from '../../../server/out/core/analyze';
import { Workspace } from '../../../server/out/index/workspace';
import { exportWorkspace } from '../../../server/out/index/export';
import type { AnnotationDoc } from '../../../server/out/annotations/model';
import { placeAll } from '../../../server/out/annotations/placed';
import { loadNerData } from '../../../server/out/index/ner-data';

loadNerData();

export const FOLDER = 'file:///news';
export const ARTICLES: Record<string, string> = {
  'wire.txt': `Harbour strike ends after talks\n\nBy Staff Reporter\n\nDockworkers in Port Velen ended their strike on Monday, union leader Dana Korvik said.\n"We have won what we came for, and the port reopens on Tuesday morning," Korvik said in a statement on Facebook on Monday.\nThe port handles 😀 freight for the region.\n`,
  'blog.txt': `Strike over at Port Velen\n\nThe dockworkers' strike is over. "We have won what we came for, and the port reopens on Tuesday morning," union leader Dana Korvik wrote on Twitter on Monday.\nShips were queuing outside the harbour.\n`,
};

export function folderData(texts: Record<string, string> = ARTICLES, docs: AnnotationDoc[] = []) {
  const ws = new Workspace();
  for (const [path, text] of Object.entries(texts)) ws.set(`${FOLDER}/${path}`, text, analyze(text));
  const analysis = exportWorkspace(ws, (uri) => uri.slice(FOLDER.length + 1));
  const map = new Map(Object.entries(texts));
  return { analysis, texts: map, annotations: placeAll(docs, map, FOLDER) };
}

