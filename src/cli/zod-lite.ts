/**
 * The CLI bundle's `zod`: the classic schema builders with English messages, and nothing else.
 * `import { z } from 'zod'` drags every locale, JSON Schema conversion and the schema compiler
 * into a bundle (about 800 KB, most of the CLI's start-up parse), while the rules only build and
 * parse schemas. tsup aliases `zod` to this file for the CLI entries only; the library keeps
 * the real import. The CLI tests run every rule through this bundle.
 */
import { config } from '../../node_modules/zod/v4/core/index.js';
import en from '../../node_modules/zod/v4/locales/en.js';
// By path, not by package name: tsup's alias maps every `zod…` import to this file, and the
// builders module is not in zod's export map (it is in its published files).
import * as schemas from '../../node_modules/zod/v4/classic/schemas.js';

config(en());

export const z = { ...schemas };
export * from '../../node_modules/zod/v4/classic/schemas.js';
