import { defineModel, GUIDE } from './define.js';

export default defineModel({
  id: 'kling-v2.6',
  name: 'Kling v2.6',
  vendor: 'Kuaishou',
  limits: { maxWords: 80, maxChars: 2500 },
  audio: true,
  negatives: 'field',
  durations: [5, 10],
  resolutions: ['720p', '1080p'],
  inputs: ['duration', 'resolution', 'aspect ratio'],
  aspectRatios: ['16:9', '9:16', '1:1'],
  notes: [
    'Strong stylised and dynamic motion: pick it for animated, stylised or action-heavy shots.',
    'The prompt is capped at 2,500 characters; exclusions go in the negative_prompt field.',
    'Generates sound when its audio switch is on, in Pro mode (native audio is new in v2.6; Standard mode is silent).',
    'Clips are 5 or 10 s, 16:9, 9:16 or 1:1. The mode sets the size: Standard 720p (silent), Pro 1080p; the request has no separate resolution field and no frame-rate input.',
  ],
  sources: {
    inputs: 'https://wavespeed.ai/docs/docs-api/kwaivgi/kwaivgi-kling-v2.6-std-text-to-video (parameters: prompt, negative_prompt, aspect_ratio, duration); https://docs.apimart.ai/en/api-reference/videos/kling-v2-6/generation (the mode sets the resolution: std 720P, pro 1080P); no frame-rate input',
    'limits.maxWords': `${GUIDE} ("Under 80 words for clean adherence")`,
    'limits.maxChars': 'https://docs.pollo.ai/kling-ai/kling-v2-6.md (prompt maxLength 2500); https://docs.comfy.org/zh/built-in-nodes/KlingImageToVideoWithAudio (1 to 2500 characters)',
    audio: 'https://docs.krea.ai/api-reference/video/kling-26.md ("Frontier model with native audio"); https://docs.comfy.org/zh/built-in-nodes/KlingImageToVideoWithAudio (generate_audio); https://vidmuse.ai/blog/kling-26 ("the Standard tier generates video without audio only")',
    negatives: 'https://www.wavespeed.ai/docs/docs-api/kwaivgi/kwaivgi-kling-v2.6-pro-image-to-video (negative_prompt: "Elements to avoid in visuals and audio")',
    durations: 'https://docs.leonardo.ai/docs/kling-26 ("Set to 5 or 10"); https://fal.ai/docs/model-api-reference/video-generation-api/kling-video-v2.6-pro ("Possible values: 5, 10")',
    resolutions: 'https://docs.apimart.ai/en/api-reference/videos/kling-v2-6/generation (mode "std - Standard mode (720P, silent video only)", "pro - Professional mode (1080P …)"); https://www.skills.sh/jeremylongshore/tons-of-skills-marketplace/klingai-model-catalog (kling-v2-6: 1080p)',
    aspectRatios: 'https://wavespeed.ai/docs/docs-api/kwaivgi/kwaivgi-kling-v2.6-std-text-to-video (aspect_ratio "1:1, 9:16, 16:9"); https://docs.venice.ai/models/kling-2-6-pro (kling-2.6-pro: 16:9, 9:16, 1:1)',
    notes: `${GUIDE} ("Kling for stylised motion"); https://wavespeed.ai/docs/docs-api/kwaivgi/kwaivgi-kling-v2.6-std-text-to-video (parameters: prompt, negative_prompt, aspect_ratio, duration); https://vercel.com/ai-gateway/models/kling-v2.6-t2v/api (parameters: prompt, aspectRatio, duration; the mode as a provider option); https://docs.apimart.ai/en/api-reference/videos/kling-v2-6/generation (std 720P silent, pro 1080P)`,
  },
});
