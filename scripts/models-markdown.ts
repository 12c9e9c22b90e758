/** docs/models.md as a string, generated from the profiles (no I/O here, so a test can call it). */
import { models } from '../src/config/models/index.js';
import type { ModelProfile, RuleSetting } from '../src/types.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const yes = (b: boolean) => (b ? 'yes' : 'no');
const NEGATIVES = { inline: 'inline in the prompt', field: 'negative-prompt field', ignored: 'no field: describe positively' } as const;

function setting(s: RuleSetting): string {
  if (!Array.isArray(s)) return `\`${String(s)}\``;
  const [sev, opts] = s as readonly [unknown, unknown?];
  return opts === undefined ? `\`${String(sev)}\`` : `\`${String(sev)}\` ${JSON.stringify(opts)}`;
}

/** Source text → markdown: URLs become links. */
function source(text: string): string {
  return cell(text).replace(/https?:\/\/[^\s)"]+/g, (url) => `<${url}>`);
}

function profileSection(m: ModelProfile): string {
  const rows: [string, string, string][] = [
    ['word budget', m.limits.maxWords === undefined ? '—' : `${m.limits.maxWords} words`, 'limits.maxWords'],
    ['character cap', m.limits.maxChars === undefined ? 'none published' : `${m.limits.maxChars.toLocaleString('en')} characters`, 'limits.maxChars'],
    ['generates sound', yes(m.audio), 'audio'],
    ['exclusions', NEGATIVES[m.negatives], 'negatives'],
    ['durations', `${m.durations.join(', ')} s`, 'durations'],
    ['resolutions', m.resolutions.join(', '), 'resolutions'],
    ['aspect ratios', m.aspectRatios ? m.aspectRatios.join(', ') : 'none listed: not checked', 'aspectRatios'],
    ['settings the request takes', m.inputs.join(', '), 'inputs'],
  ];
  if (m.frameRates) rows.push(['frame rates', `${m.frameRates.join(' or ')} fps`, 'frameRates']);
  if (m.combinations) rows.push(['restrictions', m.combinations.map((c) => `${c.resolution} only at ${c.durations.join(', ')} s`).join('; '), 'combinations']);
  if (m.cameraCommands) rows.push(['bracketed camera commands', `${m.cameraCommands.commands.join(', ')} (at most ${m.cameraCommands.maxPerBracket} per bracket)`, 'cameraCommands']);
  const out = [
    `## ${m.name} (\`${m.id}\`)`,
    '',
    `${m.vendor}.`,
    '',
    ...m.notes.map((n) => `- ${n}`),
    '',
    '| fact | value | source |',
    '| --- | --- | --- |',
    ...rows.map(([fact, value, key]) => `| ${fact} | ${cell(value)} | ${m.sources[key] ? source(m.sources[key]!) : '—'} |`),
    '',
    `Notes: ${m.sources.notes ? source(m.sources.notes) : '—'}`,
    '',
    'Rule settings this profile applies:',
    '',
    '| rule | setting |',
    '| --- | --- |',
    ...Object.entries(m.rules).map(([id, s]) => `| [\`${id}\`](rules/${id}.md) | ${setting(s)} |`),
    '',
  ];
  return out.join('\n');
}

export function modelsMarkdown(): string {
  const summary = [
    '| model | vendor | words | characters | sound | exclusions | durations (s) | resolutions |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...models.map(
      (m) =>
        `| [\`${m.id}\`](#${m.name.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')}-${m.id.replace(/\./g, '')}) | ${m.vendor} | ${m.limits.maxWords ?? '—'} | ${m.limits.maxChars ?? '—'} | ${yes(m.audio)} | ${m.negatives} | ${m.durations.join(', ')} | ${m.resolutions.join(', ')} |`,
    ),
  ];
  return [
    '<!-- Generated from src/config/models by scripts/models-doc.ts: edit the profiles, then run `npm run models-doc`. -->',
    '',
    '# Model profiles',
    '',
    'Choose a model with `lint(text, { model: "veo-3" })`, `"model": "veo-3"` in the config, `--model veo-3`',
    'on the command line, or `"model"` in a JSONL record. A profile is a preset: it sets rule options',
    '(word and character limits) and turns on the rules its facts call for (audio cues for models that',
    'make sound, negative phrasing for models without inline exclusions, settings checks). Rules the',
    'presets already enabled keep their severity; your own `rules` still win.',
    '',
    ...summary,
    '',
    'Which to pick: Sora 2 Pro for temporal coherence and finals; Veo 3 and Seedance 2.0 for native',
    'audio; Hailuo 02 for speed; LTX 2 Pro for 4K detail; Kling v2.6 for stylised motion.',
    '',
    ...models.map(profileSection),
    '## Sources',
    '',
    'Every fact above cites where it came from: vendor documentation where the vendor publishes it,',
    'otherwise the API reference of a provider serving the model (the request fields and their',
    'allowed values). Where no figure is published (word budgets for most models), the value is a',
    'guideline from the prompting guide shotlint encodes (`DESIGN.md`, "What a good prompt is"):',
    '"Under 80 words for clean adherence (per model: LTX takes far longer prompts; Kling and Hailuo cap',
    'characters)", "Exclusions can be stated in the positive prompt for Sora; other models want a',
    'separate negative-prompt field or ignore negatives", "Drafts at 480p, finals at 1080p; first',
    'clips 5 s". Vendors change these values: a profile is data, and a pull request with a newer',
    'source is the way to update it.',
    '',
    'The profiles were checked against these sources in November 2026. Where sources disagree (the',
    'top resolution of Sora 2 Pro and Seedance 2.0, Seedance\'s character cap), the source column says',
    'so and the value was kept. A setting the request does not take (Hailuo 02\'s and LTX 2 Pro\'s aspect',
    'ratio, every frame rate but LTX 2 Pro\'s) is advised against, never advised: the prompt cannot ask',
    'for it either. Frame rates are listed only where a source gives them.',
    '',
  ].join('\n');
}
