import { defineModel, GUIDE } from './define.js';

export default defineModel({
  id: 'sora-2',
  name: 'Sora 2',
  vendor: 'OpenAI',
  limits: { maxWords: 80 },
  audio: true,
  negatives: 'inline',
  durations: [4, 8, 12],
  resolutions: ['720p'],
  inputs: ['duration', 'resolution', 'aspect ratio'],
  aspectRatios: ['16:9', '9:16'],
  notes: [
    'The faster, cheaper Sora: iterate here on tone and structure, then render the final on Sora 2 Pro.',
    'Generates synchronised sound with the picture.',
    'Exclusions can be written in the prompt; the API has no negative-prompt field.',
    'Only 1280x720 and 720x1280.',
    'The request takes a duration and a size (resolution and orientation in one); there is no frame-rate input.',
    'OpenAI announced that its Videos API and the sora-2 models shut down on September 24, 2026: check that your provider still serves them.',
  ],
  sources: {
    inputs: 'https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (inputs: model, prompt, size, duration, image, seed: the size sets resolution and aspect ratio; no frame-rate input)',
    'limits.maxWords': `${GUIDE} ("Under 80 words for clean adherence")`,
    audio: 'https://docs.apiyi.com/en/api-capabilities/sora-2/overview (clips "with synchronized audio")',
    negatives: `${GUIDE} ("Exclusions can be stated in the positive prompt for Sora"); no negative field among the inputs: https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2`,
    durations: 'https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (duration 4, 8, 12)',
    resolutions: 'https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 ("The sora-2 model only supports 720x1280 and 1280x720")',
    aspectRatios: 'https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (720x1280 and 1280x720 only)',
    notes: 'https://qiita.com/GeneLab_999/items/b67428ce9a0da2d3ec8f (sora-2: speed, prototyping; sora-2-pro: quality, production); https://developers.openai.com/api/docs/guides/video-generation ("deprecated and will shut down on September 24, 2026"); https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (inputs: model, prompt, size, duration, image, seed)',
  },
});
