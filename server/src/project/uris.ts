// File URIs in one spelling. Editors encode them differently (VS Code writes `%2C`, `%26`,
// `%28` where Node leaves `,`, `&`, `(`), and the index keys articles by URI: every URI that
// comes in is normalised once, where it enters.

import { fileURLToPath, pathToFileURL } from 'node:url';

/** The normal form of a file URI; other schemes unchanged; null for a URI no file can have. */
export function normalizeUri(uri: string): string | null {
  if (!uri.startsWith('file:')) return uri;
  try {
    // Throws for a host (file://server/share) or an encoded slash (a%2Fb): not a local file.
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return null;
  }
}

export const toUri = (path: string): string => pathToFileURL(path).href;

/** The path of a (normalised) file URI, or null for other schemes. */
export const toPath = (uri: string): string | null => (uri.startsWith('file:') ? fileURLToPath(uri) : null);
