/**
 * A real editor: headless Neovim starts the built server through its own LSP client on a
 * `.prompt` file, waits for diagnostics, applies a quick fix, and writes what it saw to JSON.
 * Neovim converts LSP's UTF-16 columns to byte columns itself, so the emoji in the prompt checks
 * that the server's ranges are exact. Skips when `nvim` is not installed (`.ci/run` installs it).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_PROMPT, runEditor, serverBuilt } from './helpers/lsp.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const nvimVersion = nvim.status === 0 ? nvim.stdout.split('\n')[0]! : undefined;
const reason = !nvimVersion ? 'nvim is not installed (Debian: apt-get install neovim)' : !serverBuilt() ? 'dist/lsp.js is missing (npm run build)' : undefined;
if (reason) console.warn(`lsp-neovim.test: skipped: ${reason}.`);

// Neovim 0.8+ has vim.lsp.start; Debian bookworm ships 0.7, where start_client + buf_attach_client do the same.
const INIT_LUA = String.raw`
local env = vim.env
local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function convert(list)
  local out = {}
  for _, d in ipairs(list) do
    table.insert(out, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), source = d.source, severity = d.severity, message = d.message })
  end
  table.sort(out, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return out
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if (d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)) == code then return d end
  end
  return nil
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.SHOTLINT_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = {
    name = 'shotlint',
    cmd = { env.SHOTLINT_NODE, env.SHOTLINT_SERVER, '--stdio' },
    root_dir = env.SHOTLINT_ROOT,
    init_options = { plugins = { './plugin.mjs' }, debounce = 50 },
  }
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    local id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, id)
  end

  if not vim.wait(30000, function() return has_code(bufnr, 'test/epic') ~= nil end, 50) then
    error('no diagnostics from shotlint within 30 s')
  end
  result.diagnostics = convert(vim.diagnostic.get(bufnr))

  -- Hover on the flagged word, as K does.
  do
    local d = has_code(bufnr, 'test/epic')
    local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
    local _, char16 = vim.str_utfindex(line, d.col + 1)
    local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = d.lnum, character = char16 } }, 10000) or {}
    for _, response in pairs(hover) do
      if response.result then result.hover = vim.lsp.util.convert_input_to_markdown_lines(response.result.contents) end
    end
  end

  -- The quick fix for "epic", asked for and applied by Neovim's own client.
  local d = has_code(bufnr, 'test/epic')
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
  local _, start16 = vim.str_utfindex(line, d.col)
  local _, end16 = vim.str_utfindex(line, d.end_col)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = d.lnum, character = start16 }, ['end'] = { line = d.end_lnum, character = end16 } },
    context = { diagnostics = {}, only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
  result.actions = {}
  local fix
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, action.title)
      if fix == nil and action.isPreferred then fix = action end
    end
  end
  if fix == nil then error('no preferred quick fix offered') end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  result.after_fix = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  -- Neovim sends the edit as didChange; the server re-lints and the fixed word's diagnostic goes.
  if not vim.wait(30000, function() return has_code(bufnr, 'test/epic') == nil and has_code(bufnr, 'max-words') ~= nil end, 50) then
    error('diagnostics were not refreshed after the fix')
  end
  result.diagnostics_after_fix = convert(vim.diagnostic.get(bufnr))
end)

if not ok then result.error = tostring(err) end
local f = io.open(env.SHOTLINT_OUT, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
`;

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code: string;
  source: string;
  severity: number;
  message: string;
}

describe.skipIf(reason !== undefined)(`Neovim's LSP client (${nvimVersion ?? 'absent'})`, () => {
  let root: string;
  let output: { nvim: string; error?: string; diagnostics: NvimDiagnostic[]; hover: string[]; actions: string[]; after_fix: string[]; diagnostics_after_fix: NvimDiagnostic[] };
  const lines = EDITOR_PROMPT;

  beforeAll(() => {
    ({ root, output } = runEditor<typeof output>('Neovim', 'nvim', (script) => ['--headless', '--clean', '-u', script], 'init.lua', INIT_LUA));
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('receives the diagnostics with rule ids, sources and positions (byte columns after the emoji)', () => {
    expect(output.error).toBeUndefined();
    const byteCol = (line: string, charIndex: number) => Buffer.byteLength(line.slice(0, charIndex));
    const epicAt = lines[0]!.indexOf('epic');
    expect(output.diagnostics).toEqual([
      { lnum: 0, col: byteCol(lines[0]!, epicAt), end_lnum: 0, end_col: byteCol(lines[0]!, epicAt + 4), code: 'test/epic', source: 'shotlint', severity: 1, message: '"epic" says nothing the camera can see.' },
      // Words past the eighth ("An epic fox trots through fresh snow at"): from "dawn" on.
      { lnum: 1, col: 'at '.length, end_lnum: 1, end_col: lines[1]!.length, code: 'max-words', source: 'shotlint', severity: 2, message: expect.stringContaining('words') },
    ]);
  });

  it('shows the rule on hover', () => {
    expect(output.hover[0]).toBe('**test/epic** (shotlint, error)');
    expect(output.hover).toContain('Flags "epic".');
  });

  it('offers the quick fixes and applies the preferred one through its workspace-edit code', () => {
    expect(output.actions).toEqual(['Remove “epic” (test/epic)', 'Replace with "sweeping" (test/epic)', 'Disable test/epic for this line', 'Disable test/epic for this prompt']);
    expect(output.after_fix).toEqual(['🦊 An fox trots through fresh snow', 'at dawn, low tracking shot']);
  });

  it('gets fresh diagnostics after the edit', () => {
    // One word fewer: the eighth word is now "dawn", so the words past the limit start at "low".
    expect(output.diagnostics_after_fix.map((d) => [d.code, d.lnum, d.col])).toEqual([['max-words', 1, 'at dawn, '.length]]);
  });
});
