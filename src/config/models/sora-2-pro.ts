import { defineModel, GUIDE } from './define.js';

export default defineModel({
  id: 'sora-2-pro',
  name: 'Sora 2 Pro',
  vendor: 'OpenAI',
  limits: { maxWords: 80 },
  audio: true,
  negatives: 'inline',
  durations: [4, 8, 12],
  resolutions: ['720p', '1024p', '1080p'],
  inputs: ['duration', 'resolution', 'aspect ratio'],
  aspectRatios: ['16:9', '9:16'],
  notes: [
    'Best temporal coherence of the group: pick it for finals and shots where motion must hold together.',
    'Generates synchronised sound (dialogue, effects, ambience) with the picture.',
    'Exclusions can be written in the prompt ("no cuts, no text overlays"); the API has no negative-prompt field.',
    'Clips are 4, 8 or 12 s; shorter clips follow the prompt more closely.',
    'The request takes a duration and a size (resolution and orientation in one); there is no frame-rate input.',
    'OpenAI announced that its Videos API and the sora-2 models shut down on September 24, 2026: check that your provider still serves them.',
  ],
  sources: {
    inputs: 'https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (inputs: model, prompt, size, duration, image, seed: the size sets resolution and aspect ratio; no frame-rate input)',
    'limits.maxWords': `${GUIDE} ("Under 80 words for clean adherence")`,
    audio: 'https://docs.apiyi.com/en/api-capabilities/sora-2/overview (4–12 s clips "with synchronized audio")',
    negatives: `${GUIDE} ("Exclusions can be stated in the positive prompt for Sora"); no negative field among the inputs: https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2`,
    durations: 'https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (duration 4, 8, 12); https://deepwiki.com/openai/openai-cookbook/8.3-video-generation-with-sora',
    resolutions:
      'https://replicate.com/openai/sora-2-pro/versions/ccf1a58e3ec72e86d01ab19ef240009409f26a9a0470cc246a1728e54b0a6b8f/api ("Standard is 720p … High is 1024p (1792x1024)"); https://docs.apiyi.com/en/api-capabilities/sora-2/overview ("Full HD (1080p, Pro only)"). Sources disagree on 1080p: https://azure.github.io/PyRIT/_autosummary/pyrit.prompt_target.OpenAIVideoTarget.html lists only 720x1280, 1280x720, 1024x1792, 1792x1024 for sora-2-pro, and https://docs.leonardo.ai/docs/sora-2-pro only the heights 720, 1280, 1024, 1792; 1080p is kept',
    aspectRatios: 'https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (sizes 720x1280, 1280x720, 1024x1792, 1792x1024: portrait and landscape)',
    notes: `${GUIDE}; https://deepwiki.com/openai/openai-cookbook/8.3-video-generation-with-sora (4 s "highest instruction adherence"); https://developers.openai.com/api/docs/guides/video-generation ("deprecated and will shut down on September 24, 2026"); https://docs.comfy.org/built-in-nodes/OpenAIVideoSora2 (inputs: model, prompt, size, duration, image, seed)`,
  },
});
