/** The panels around the editor: findings, score, rewrite, templates, model facts. */
import { DIMENSION_WEIGHTS, placement, type Diagnostic, type LintResult, type ModelProfile, type PageTemplate, type Rewrite, type Score } from './core.js';
import { dimensionText, verdict } from './dimensions.js';
import { h, withPlaceholders } from './dom.js';
import { fixLabel } from './editor.js';

type Place = ReturnType<typeof placement>;

const SEVERITY_TEXT = { error: 'Must fix', warning: 'Should fix', info: 'Tip' } as const;

const GROUPS: readonly { place: Place; title: string }[] = [
  { place: 'text', title: 'In the wording' },
  { place: 'prompt', title: 'Missing from the prompt' },
  { place: 'settings', title: 'Settings' },
];

export interface ProblemHandlers {
  /** Applies a fix or suggestion of `d` (computed on `result.text`). */
  apply(d: Diagnostic, fix: { range: readonly [number, number]; text: string }): void;
  /** Selects the flagged words in the editor. */
  reveal(d: Diagnostic): void;
}

export function renderProblems(container: HTMLElement, badge: HTMLElement, result: LintResult, handlers: ProblemHandlers): void {
  const total = result.diagnostics.length;
  badge.textContent = total ? String(total) : '';
  if (total === 0) {
    const empty = result.text.trim()
      ? 'Nothing to fix. The score shows what could still be richer.'
      : 'Write a prompt above to see what to fix.';
    container.replaceChildren(h('p', { class: 'empty' }, empty));
    return;
  }
  const blocks: HTMLElement[] = [];
  for (const group of GROUPS) {
    const items = result.diagnostics.filter((d) => placement(d, result.text) === group.place);
    if (items.length === 0) continue;
    blocks.push(
      h('h3', { class: 'group-title' }, group.title),
      h('ul', { class: 'problems' }, ...items.map((d) => problemItem(d, result.text, group.place, handlers))),
    );
  }
  container.replaceChildren(...blocks);
}

function problemItem(d: Diagnostic, text: string, place: Place, handlers: ProblemHandlers): HTMLLIElement {
  const meta = h('p', { class: 'problem-meta' });
  if (place === 'text') {
    const excerpt = h('button', { type: 'button', class: 'excerpt', title: 'Show in the editor' }, `“${text.slice(d.range[0], d.range[1])}”`);
    excerpt.addEventListener('click', () => handlers.reveal(d));
    meta.append(excerpt, ' · ');
  }
  if (d.url !== undefined) meta.append(h('a', { href: d.url, target: '_blank', rel: 'noopener', class: 'rule-link' }, `Why? (${d.ruleId})`));

  const actions = h('div', { class: 'actions' });
  if (d.fix) {
    const fix = d.fix;
    const button = h('button', { type: 'button', class: 'button button-small' }, fixLabel(fix.text));
    button.addEventListener('click', () => handlers.apply(d, fix));
    actions.append(button);
  }
  for (const s of d.suggestions ?? []) {
    const button = h('button', { type: 'button', class: 'button button-small button-quiet' }, s.desc);
    button.addEventListener('click', () => handlers.apply(d, s.fix));
    actions.append(button);
  }

  return h(
    'li',
    { class: `problem sev-${d.severity}` },
    h('span', { class: 'sev' }, SEVERITY_TEXT[d.severity]),
    h('div', { class: 'problem-body' }, h('p', { class: 'problem-message' }, d.message), meta, actions.childElementCount ? actions : null),
  );
}

export function renderScore(container: HTMLElement, score: Score, empty: boolean): void {
  const v = verdict(score.total);
  const known = Object.keys(DIMENSION_WEIGHTS);
  const dims = [...known.filter((d) => d in score.dimensions), ...Object.keys(score.dimensions).filter((d) => !known.includes(d))];
  const total = h(
    'div',
    { class: `score-total level-${empty ? 'none' : v.level}` },
    h('span', { class: 'score-number', 'data-testid': 'score' }, String(score.total)),
    h('span', { class: 'score-of' }, '/ 100'),
    h('span', { class: 'score-verdict' }, empty ? 'No prompt yet' : v.word),
  );
  const bars = h(
    'ul',
    { class: 'bars' },
    ...dims.map((d) => {
      const value = Math.round(score.dimensions[d as keyof Score['dimensions']] ?? 0);
      const { label, help } = dimensionText(d);
      const level = value >= 80 ? 'high' : value >= 50 ? 'mid' : 'low';
      return h(
        'li',
        { class: 'bar-row', title: help || undefined },
        h('span', { class: 'bar-label' }, label),
        h(
          'span',
          { class: `bar level-${level}`, role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value, 'aria-label': label },
          h('span', { class: 'bar-fill', style: `width: ${value}%` }),
        ),
        h('span', { class: 'bar-value' }, String(value)),
      );
    }),
  );
  // What each bar measures, for readers who do not know the prompting formula yet.
  const legend = h(
    'details',
    { class: 'fold' },
    h('summary', {}, 'What the bars measure'),
    h('dl', { class: 'legend' }, ...dims.flatMap((d) => {
      const { label, help } = dimensionText(d);
      return help ? [h('dt', {}, label), h('dd', {}, help)] : [];
    })),
  );
  const deductions = deductionList(score);
  container.replaceChildren(total, bars, legend, ...(deductions ? [deductions] : []));
}

/** Where the points went: every deduction with its reason, largest first. */
function deductionList(score: Score): HTMLElement | null {
  const deductions = [...(score.deductions ?? [])].filter((d) => d.points > 0).sort((a, b) => b.points - a.points);
  if (deductions.length === 0) return null;
  return h(
    'details',
    { class: 'fold deductions' },
    h('summary', {}, 'Where the points went'),
    h(
      'ul',
      {},
      ...deductions.map((d) =>
        h('li', {}, h('span', { class: 'deduction-points' }, `−${formatPoints(d.points)}`), ' ', h('span', {}, `${dimensionText(d.dimension).label}: ${d.reason}`)),
      ),
    ),
  );
}

function formatPoints(points: number): string {
  return points >= 10 || Number.isInteger(points) ? String(Math.round(points)) : points.toFixed(1);
}

export function renderRewrite(card: HTMLElement, target: HTMLElement, note: HTMLElement, rewrite: Rewrite | undefined): void {
  card.hidden = rewrite === undefined;
  if (!rewrite) return;
  target.replaceChildren(...withPlaceholders(rewrite.text));
  const notes: string[] = [];
  if (!rewrite.changed) notes.push('Your prompt already follows the formula: nothing to move or add.');
  if (rewrite.removed.length) notes.push(`Left out: ${rewrite.removed.map((w) => `“${w}”`).join(', ')} (vague words that do not tell the model what to show).`);
  note.textContent = notes.join(' ');
  note.hidden = notes.length === 0;
}

export function renderTemplates(
  card: HTMLElement,
  list: HTMLElement,
  templates: readonly PageTemplate[],
  use: (text: string) => void,
): void {
  card.hidden = templates.length === 0;
  list.replaceChildren(
    ...templates.map((t) => {
      const blank = h('button', { type: 'button', class: 'button button-small' }, 'Use it');
      blank.addEventListener('click', () => use(t.text));
      const example = h('button', { type: 'button', class: 'button button-small button-quiet' }, 'See an example');
      example.addEventListener('click', () => use(t.example));
      const titleId = `template-${t.id}`;
      blank.setAttribute('aria-describedby', titleId);
      example.setAttribute('aria-describedby', titleId);
      return h(
        'li',
        { class: 'template' },
        h('span', { class: 'template-title', id: titleId }, t.title),
        h('span', { class: 'template-desc' }, t.description),
        h('code', { class: 'template-text' }, ...withPlaceholders(t.text)),
        h('div', { class: 'actions' }, blank, example),
      );
    }),
  );
}

/** One line a non-developer can act on: the limits and habits of the chosen model. */
export function modelFacts(model: ModelProfile | undefined): string {
  if (!model) return 'General advice for any video model. Pick a model to check its own limits.';
  const parts: string[] = [];
  if (model.limits.maxWords) parts.push(`up to ${model.limits.maxWords} words`);
  if (model.limits.maxChars) parts.push(`up to ${model.limits.maxChars} characters`);
  parts.push(model.audio ? 'makes sound: describe it' : 'no sound');
  parts.push(
    model.negatives === 'inline'
      ? 'exclusions ("no text overlays") can go in the prompt'
      : model.negatives === 'field'
        ? 'put exclusions in the separate negative-prompt field'
        : 'ignores exclusions',
  );
  if (model.durations.length) parts.push(`clips of ${formatList(model.durations.map((d) => `${d}`))} s`);
  return `${model.name}: ${parts.join(' · ')}.`;
}

function formatList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
