// Which files are articles: globs relative to a workspace folder, matched by picomatch with VS
// Code's semantics (`**` any number of folders, `*` and `?` within one name, `{a,b}`
// alternatives, `[abc]` classes, dotfiles matched like any other name).

import picomatch from 'picomatch';

/**
 * picomatch compiles to a backtracking regular expression: each `*` is a lazy loop, each `**`
 * one across folders, and a path that fails to match tries every way of splitting it between
 * them, so the cost grows with the path length to the power of the loops. Measured on this
 * machine: `*a*a*a*a*a*a*a*a*b` against 60 `a`s did not finish in minutes; `*a*a*b` took 140 ms
 * on a 250-character name, `*a*b` 0.4 ms; `**` three times took 30 ms on a path 120 folders
 * deep. So a glob has at most two `*` in one name and three loops in all, and paths deeper than
 * MAX_DEPTH folders are not read (scan, isArticle): each match is then well under a millisecond.
 */
const MAX_STARS_IN_NAME = 2;
const MAX_LOOPS = 3;
const MAX_LENGTH = 256;
export const MAX_DEPTH = 32;

/** Why a glob is refused, or null. */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_LENGTH) return `The glob is longer than ${MAX_LENGTH} characters.`;
  const segments = glob.split('/');
  const globstars = segments.filter((s) => s === '**').length;
  const stars = segments.filter((s) => s !== '**').map((s) => s.match(/\*+/g)?.length ?? 0);
  if (Math.max(0, ...stars) > MAX_STARS_IN_NAME || globstars + stars.reduce((a, b) => a + b, 0) > MAX_LOOPS)
    return `The glob has too many wildcards (at most ${MAX_STARS_IN_NAME} * in one name and ${MAX_LOOPS} * or ** in all): matching it could take minutes.`;
  return null;
}

export interface Globs {
  /** Whether a file (a relative path with forward slashes) is included. */
  included(path: string): boolean;
  /** Whether a file or folder is excluded. */
  excluded(path: string): boolean;
  /** The globs refused, with why. */
  problems: string[];
}

export function compileGlobs(include: readonly string[], exclude: readonly string[]): Globs {
  const problems: string[] = [];
  const compile = (globs: readonly string[]): ((path: string) => boolean) => {
    const ok = globs.filter((g) => {
      const p = globProblem(g);
      if (p) problems.push(`${g}: ${p}`);
      return !p;
    });
    return ok.length ? picomatch(ok, { dot: true }) : () => false;
  };
  const inc = compile(include);
  const exc = compile(exclude);
  return { included: inc, excluded: (path) => exc(path) || exc(`${path}/`), problems };
}
