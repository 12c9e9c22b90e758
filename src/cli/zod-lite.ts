/**
 * The CLI bundle's `zod`: the classic schema builders with English messages, and nothing else.
 * `import { z } from 'zod'` drags every locale, JSON Schema conversion and the schema compiler
 * into a bundle (about 800 KB, most of the CLI's start-up parse), while the rules only build and
 * parse schemas. tsup aliases `zod` to this file for the CLI entries only; the library keeps
 * the real import. The CLI tests run every rule through this bundle.
 *
 * zod is loaded the first time a schema is built: a run without a config file or rule options
 * builds none, and skips evaluating zod (a tenth of the start-up). The bundler turns each
 * `require` into a call that evaluates the bundled module then.
 */
import type * as Schemas from '../../node_modules/zod/v4/classic/schemas.js';

declare const require: (path: string) => any;

let loaded: typeof Schemas | undefined;

function load(): typeof Schemas {
  if (!loaded) {
    // By path, not by package name: tsup's alias maps every `zod…` import to this file, and the
    // builders module is not in zod's export map (it is in its published files).
    const { config } = require('../../node_modules/zod/v4/core/core.js');
    const en = require('../../node_modules/zod/v4/locales/en.js').default;
    config(en());
    loaded = require('../../node_modules/zod/v4/classic/schemas.js') as typeof Schemas;
  }
  return loaded;
}

export const z = new Proxy({} as typeof Schemas, { get: (_target, key) => load()[key as keyof typeof Schemas] });
