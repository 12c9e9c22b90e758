#!/usr/bin/env node
// The `shotlint` command; the code lives in dist/ (built by `npm run build`). The launcher runs
// the CLI bundle with V8's code cache, so later runs skip compiling it (src/cli/launch.ts).
import { launch } from '../dist/launch.js';

launch(new URL('../dist/cli.cjs', import.meta.url));
