import { defineModel } from './define.js';

export default defineModel({
  id: 'ltx-2-pro',
  name: 'LTX 2 Pro',
  vendor: 'Lightricks',
  limits: { maxWords: 200 },
  audio: true,
  negatives: 'ignored',
  durations: [6, 8, 10],
  resolutions: ['1080p', '1440p', '2160p'],
  inputs: ['duration', 'resolution', 'frame rate'],
  aspectRatios: ['16:9'],
  frameRates: [25, 50],
  notes: [
    'Renders up to 4K (3840x2160) with fine detail: pick it for high-resolution finals.',
    'Reads long, detailed prompts written as one paragraph of present-tense prose; keep to one main action per 2–3 s.',
    'Generates synchronised audio with the video.',
    'The request sets the frame rate (25 or 50 fps) but has no aspect-ratio input: every resolution it offers is 16:9 landscape.',
    'The hosted API has no negative-prompt field: phrase everything positively.',
  ],
  sources: {
    inputs: 'https://docs.comfy.org/ja/built-in-nodes/LtxvApiTextToVideo (inputs: model, prompt, duration, resolution, fps, generate_audio: no aspect-ratio input)',
    frameRates: 'https://docs.ltx.video/models (ltx-2-pro: 25 or 50 fps at every resolution); https://docs.comfy.org/ja/built-in-nodes/LtxvApiTextToVideo (fps input: 25 or 50)',
    'limits.maxWords': 'https://ltx.io/model/model-blog/how-to-improve-ltx-2-3-prompt-adherence ("kept under 200 words")',
    audio: 'https://ltx.io/model/api (audio-to-video, voice, music and sound effects); https://docs.comfy.org/zh/development/comfy-router/models/ltx/ltx-2-5-pro/code (generate_audio, default true)',
    negatives: 'https://docs.comfy.org/zh/development/comfy-router/models/ltx/ltx-2-5-pro/code (inputs: duration, fps, generate_audio, model, prompt, resolution; no negative prompt)',
    durations: 'https://docs.ltx.video/models (ltx-2-pro: 6, 8, 10 s at every resolution, 25 or 50 fps)',
    resolutions: 'https://docs.ltx.video/models (ltx-2-pro: 1920x1080, 2560x1440, 3840x2160)',
    aspectRatios: 'https://docs.ltx.video/models (ltx-2-pro: 1920x1080, 2560x1440, 3840x2160, all 16:9); no aspect-ratio input: https://docs.comfy.org/ja/built-in-nodes/LtxvApiTextToVideo (inputs: model, prompt, duration, resolution, fps, generate_audio)',
    notes: 'https://docs.ltx.video/models (ltx-2-pro: 25 or 50 fps at every resolution); https://docs.comfy.org/ja/built-in-nodes/LtxvApiTextToVideo (fps input: 25 or 50); https://ltx.io/model/model-blog/how-to-improve-ltx-2-3-prompt-adherence ("one main action per 2–3 seconds of video")',
  },
});
