/** The playground page: wires the editor, the settings and the panels to the shotlint core. */
import './style.css';
import { countPrompt, findModel, fixPrompt, lintPrompt, listTemplates, models, rewriteOf, ruleDocsUrl, settingFromDiagnostic, type Diagnostic, type GenerationSettings, type LintResult } from './core.js';
import { byId, copyText, h } from './dom.js';
import { applyFix, createPromptEditor } from './editor.js';
import { modelFacts, renderProblems, renderRewrite, renderScore, renderTemplates } from './panels.js';
import { readHash, writeHash } from './url-state.js';

/** The weak example from the prompting guide: what most first prompts look like. */
const EXAMPLE = 'Beautiful cinematic video of a city at night';
const DEFAULT_RESOLUTIONS = ['480p', '720p', '1080p', '4k'];

const initial = readHash(location.hash);
let model: string | undefined = findModel(initial.model) ? initial.model : undefined;
let settings: GenerationSettings = initial.settings ?? { stage: 'draft' };
let current: LintResult | undefined;

const els = {
  model: byId<HTMLSelectElement>('model'),
  modelFacts: byId('model-facts'),
  counts: byId('counts'),
  status: byId('lint-status'),
  fixAll: byId<HTMLButtonElement>('fix-all'),
  share: byId<HTMLButtonElement>('share'),
  problems: byId('problems'),
  problemCount: byId('problem-count'),
  score: byId('score'),
  rewriteCard: byId('rewrite-card'),
  rewrite: byId('rewrite'),
  rewriteNote: byId('rewrite-note'),
  copyRewrite: byId<HTMLButtonElement>('copy-rewrite'),
  useRewrite: byId<HTMLButtonElement>('use-rewrite'),
  copyStatus: byId('copy-status'),
  templatesCard: byId('templates-card'),
  templates: byId('templates'),
  form: byId<HTMLFormElement>('settings'),
  duration: byId<HTMLInputElement>('duration'),
  durationOptions: byId<HTMLDataListElement>('duration-options'),
  resolution: byId<HTMLSelectElement>('resolution'),
  firstClip: byId<HTMLInputElement>('first-clip'),
};

const editor = createPromptEditor({
  parent: byId('editor'),
  doc: initial.text ?? EXAMPLE,
  lint(text) {
    try {
      const result = lintPrompt({ text, model, settings });
      show(result);
      return result.diagnostics;
    } catch (error) {
      // A bug in the core must not leave stale findings on screen as if they were current.
      console.error(error);
      els.problems.replaceChildren(h('p', { class: 'empty', role: 'alert' }, `shotlint could not check this prompt: ${error instanceof Error ? error.message : String(error)}`));
      return [];
    }
  },
  onApplied: (d) => moveToSettings(d),
});

/** "Set resolution to 1080p in the settings and remove it from the prompt": do both. */
function moveToSettings(d: Diagnostic): void {
  const moved = settingFromDiagnostic(d);
  if (!moved) return;
  settings = { ...settings, ...moved };
  writeSettings(settings);
}

function show(result: LintResult): void {
  current = result;
  const empty = result.text.trim() === '';
  renderProblems(els.problems, els.problemCount, result, {
    apply(d, fix) {
      // The list belongs to the last lint; if the text moved on since, lint again first.
      if (editor.text() !== result.text) return editor.relint();
      if (applyFix(editor.view, d, fix, d.range[0], d.range[1])) moveToSettings(d);
    },
    reveal(d) {
      if (editor.text() === result.text) editor.select(d.range);
    },
  });
  renderScore(els.score, result.score, empty);
  renderRewrite(els.rewriteCard, els.rewrite, els.rewriteNote, empty ? undefined : rewriteOf(result));
  els.fixAll.disabled = result.fixableCount === 0;
  els.fixAll.textContent = result.fixableCount ? `Apply ${result.fixableCount} safe ${result.fixableCount === 1 ? 'fix' : 'fixes'}` : 'Apply safe fixes';
  showCounts(result.text);
  // One short sentence for screen readers, rather than re-reading the whole list on every pause.
  const n = result.diagnostics.length;
  const status = empty ? '' : `Score ${result.score.total} of 100, ${n} ${n === 1 ? 'thing' : 'things'} to fix.`;
  if (els.status.textContent !== status) els.status.textContent = status;
  history.replaceState(null, '', writeHash({ text: result.text, model, settings }));
}

function showCounts(text: string): void {
  const { words, chars } = countPrompt(text);
  const limits = findModel(model)?.limits ?? {};
  const w = `${words} ${words === 1 ? 'word' : 'words'}${limits.maxWords ? ` of ${limits.maxWords}` : ''}`;
  const c = `${chars} ${chars === 1 ? 'character' : 'characters'}${limits.maxChars ? ` of ${limits.maxChars}` : ''}`;
  els.counts.textContent = `${w} · ${c}`;
}

// ─── model picker ────────────────────────────────────────────────────────────

els.model.replaceChildren(
  h('option', { value: '' }, 'Any model (general advice)'),
  ...models.map((m) => h('option', { value: m.id }, m.vendor && !m.name.includes(m.vendor) ? `${m.name} (${m.vendor})` : m.name)),
);
els.model.value = model ?? '';
els.model.addEventListener('change', () => {
  model = els.model.value || undefined;
  fillSettingsChoices();
  editor.relint();
});

// ─── settings ────────────────────────────────────────────────────────────────

/** The model's own durations and resolutions; a value it does not support stays, marked, so the lint can say so. */
function fillSettingsChoices(): void {
  const profile = findModel(model);
  els.modelFacts.textContent = modelFacts(profile);
  const resolutions = profile?.resolutions.length ? [...profile.resolutions] : DEFAULT_RESOLUTIONS;
  const chosen = settings.resolution;
  const options = [h('option', { value: '' }, 'Not set'), ...resolutions.map((r) => h('option', { value: r }, r))];
  if (chosen && !resolutions.includes(chosen)) options.push(h('option', { value: chosen }, `${chosen} (not offered by this model)`));
  els.resolution.replaceChildren(...options);
  els.resolution.value = chosen ?? '';
  els.durationOptions.replaceChildren(...(profile?.durations ?? []).map((d) => h('option', { value: String(d) })));
}

function readSettings(): GenerationSettings {
  const data = new FormData(els.form);
  const next: GenerationSettings = {};
  const duration = Number(data.get('duration'));
  if (els.duration.value !== '' && Number.isFinite(duration) && duration > 0) next.duration = duration;
  const resolution = String(data.get('resolution') ?? '');
  if (resolution) next.resolution = resolution;
  const stage = data.get('stage');
  if (stage === 'draft' || stage === 'final') next.stage = stage;
  if (els.firstClip.checked) next.firstClip = true;
  return next;
}

function writeSettings(s: GenerationSettings): void {
  els.duration.value = s.duration === undefined ? '' : String(s.duration);
  for (const radio of els.form.querySelectorAll<HTMLInputElement>('input[name="stage"]')) radio.checked = radio.value === (s.stage ?? 'draft');
  els.firstClip.checked = s.firstClip === true;
  fillSettingsChoices();
}

writeSettings(settings);
els.form.addEventListener('input', () => {
  settings = readSettings();
  editor.relint();
});
els.form.addEventListener('submit', (e) => e.preventDefault());

// ─── actions ─────────────────────────────────────────────────────────────────

els.fixAll.addEventListener('click', () => {
  editor.setText(fixPrompt({ text: editor.text(), model, settings }));
  editor.view.focus();
});

async function flash(status: HTMLElement, ok: boolean, what: string): Promise<void> {
  status.textContent = ok ? `${what} copied.` : 'Could not copy: select the text and copy it by hand.';
  setTimeout(() => (status.textContent = ''), 2500);
}

els.copyRewrite.addEventListener('click', async () => {
  const text = current ? rewriteOf(current)?.text : undefined;
  if (text) await flash(els.copyStatus, await copyText(text), 'Rewrite');
});
els.useRewrite.addEventListener('click', () => {
  const text = current ? rewriteOf(current)?.text : undefined;
  if (!text) return;
  editor.setText(text);
  selectFirstPlaceholder();
});
els.share.addEventListener('click', async () => {
  const ok = await copyText(location.href);
  els.share.textContent = ok ? 'Link copied' : 'Copy the address bar';
  setTimeout(() => (els.share.textContent = 'Copy link'), 2000);
});

/** After loading text with `[placeholders]`, select the first so typing replaces it. */
function selectFirstPlaceholder(): void {
  const text = editor.text();
  const start = text.indexOf('[');
  const end = start < 0 ? -1 : text.indexOf(']', start);
  if (end > start) editor.select([start, end + 1]);
  else editor.view.focus();
}

renderTemplates(els.templatesCard, els.templates, listTemplates(), (text) => {
  editor.setText(text);
  selectFirstPlaceholder();
});

byId<HTMLAnchorElement>('rules-link').href = ruleDocsUrl('').replace(/\.md$/, '').replace(/\/blob\//, '/tree/');
