// Which files are articles: globs relative to a workspace folder, matched by picomatch with VS
// Code's semantics (`**` any number of folders, `*` and `?` within one name, `{a,b}`
// alternatives, `[abc]` classes, dotfiles matched like any other name).

import picomatch from 'picomatch';

/**
 * picomatch compiles to a backtracking regular expression: each `*` is a lazy loop, and a name
 * that fails to match tries every way of splitting it between them. `*a*a*a*a*a*a*a*a*b` against
 * 60 `a`s did not finish in minutes; 3 loops cost under a millisecond on a 255-character path.
 */
const MAX_STARS = 3;
const MAX_LENGTH = 256;

/** Why a glob is refused, or null. */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_LENGTH) return `The glob is longer than ${MAX_LENGTH} characters.`;
  // `**/` segments are one loop however many there are (picomatch merges them); other runs of `*` each are one.
  const stars = glob.replace(/(^|\/)\*\*(?=\/|$)/g, '$1').match(/\*+/g)?.length ?? 0;
  const globstars = /(^|\/)\*\*(\/|$)/.test(glob) ? 1 : 0;
  if (stars + globstars > MAX_STARS) return `The glob has more than ${MAX_STARS} wildcards (*): matching it could take minutes per file name.`;
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
