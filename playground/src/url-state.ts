/**
 * The page state in the address (`#prompt=…&model=…&duration=…`), so a link shows someone
 * else the same prompt. The hash never reaches a server.
 */
import type { GenerationSettings } from './core.js';

export interface PageState {
  text?: string;
  model?: string;
  settings?: GenerationSettings;
}

export function readHash(hash: string): PageState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: PageState = {};
  const text = params.get('prompt');
  if (text !== null) state.text = text;
  const model = params.get('model');
  if (model) state.model = model;
  const settings: GenerationSettings = {};
  const duration = Number(params.get('duration'));
  if (params.has('duration') && Number.isFinite(duration) && duration > 0) settings.duration = duration;
  const resolution = params.get('resolution');
  if (resolution) settings.resolution = resolution;
  const stage = params.get('stage');
  if (stage === 'draft' || stage === 'final') settings.stage = stage;
  if (params.get('first') === '1') settings.firstClip = true;
  if (Object.keys(settings).length) state.settings = settings;
  return state;
}

export function writeHash({ text, model, settings }: PageState): string {
  const params = new URLSearchParams();
  if (text) params.set('prompt', text);
  if (model) params.set('model', model);
  if (settings?.duration !== undefined) params.set('duration', String(settings.duration));
  if (settings?.resolution) params.set('resolution', settings.resolution);
  if (settings?.stage) params.set('stage', settings.stage);
  if (settings?.firstClip) params.set('first', '1');
  const out = params.toString();
  return out ? `#${out}` : location.pathname + location.search;
}
