/** Folder walks and globs (src/cli/files.ts): ignored folders are never read, and all-ignored is told from none. */
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/cli/files.js';
import type { IsIgnored } from '../src/cli/ignore.js';
import { tempDir } from './helpers/cli.js';

const PROMPT = 'A red fox trotting through fresh snow at dawn, low tracking shot';

/** Ignores the folder `gen` wherever it is; records every file it is asked about. */
function ignoringGen(asked: string[]): IsIgnored {
  const isGen = (path: string) => path.split(sep).includes('gen');
  const ignored = (async (path: string) => {
    asked.push(path);
    return isGen(path);
  }) as IsIgnored;
  ignored.folder = (dir) => isGen(dir);
  return ignored;
}

describe('walks and globs with ignored folders', () => {
  const t = tempDir({ 'site/gen/a.txt': PROMPT, 'site/gen/deep/b.txt': PROMPT, 'site/d.txt': PROMPT, 'only/gen/c.txt': PROMPT });
  afterAll(t.cleanup);

  for (const arg of ['site', 'site/**/*.txt']) {
    it(`${arg}: the files under an ignored folder are never listed`, async () => {
      const asked: string[] = [];
      const { files, allIgnored } = await expandInputs([arg], { cwd: t.dir, lines: false, ignored: ignoringGen(asked) });
      expect(files.map((f) => f.display)).toEqual(['site/d.txt']);
      expect(asked).toEqual([join(t.dir, 'site/d.txt')]);
      expect(allIgnored).toEqual([]);
    });
  }

  for (const arg of ['only', 'only/**/*.txt']) {
    it(`${arg}: when every file is ignored, the folder is searched after all to say so`, async () => {
      const asked: string[] = [];
      const { files, allIgnored } = await expandInputs([arg], { cwd: t.dir, lines: false, ignored: ignoringGen(asked) });
      expect(files).toEqual([]);
      expect(asked).toEqual([join(t.dir, 'only/gen/c.txt')]);
      expect(allIgnored).toEqual([arg]);
    });
  }
});
