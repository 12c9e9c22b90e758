#!/usr/bin/env node
// The `shotlint` command; the code lives in dist/ (built by `npm run build`).
import '../dist/cli.js';
