import { defineModel, GUIDE } from './define.js';

export default defineModel({
  id: 'veo-3',
  name: 'Veo 3',
  vendor: 'Google',
  limits: { maxWords: 80 },
  audio: true,
  negatives: 'field',
  durations: [4, 6, 8],
  resolutions: ['720p', '1080p'],
  inputs: ['duration', 'resolution', 'aspect ratio'],
  aspectRatios: ['16:9', '9:16'],
  frameRates: [24],
  notes: [
    'Native audio: dialogue, sound effects and ambience generated with the picture. Pick it (or Seedance) when sound matters.',
    'Exclusions go in the separate negativePrompt field, described as things ("text overlays"), not instructions ("no text").',
    'Clips are 4, 6 or 8 s at 720p or 1080p, 16:9 or 9:16, always 24 fps: there is no frame-rate input.',
    'Vertex AI lists English as the prompt language.',
    'Veo 3.1 (a separate model) adds 4K; this profile is Veo 3.',
  ],
  sources: {
    inputs: 'https://vercel.com/ai-gateway/models/veo-3.0-generate-001/api (parameters: prompt, aspectRatio, duration, resolution, generateAudio; no frame-rate input)',
    frameRates: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001 ("Supported framerates: 24 FPS")',
    'limits.maxWords': `${GUIDE} ("Under 80 words for clean adherence")`,
    audio: 'https://vercel.com/ai-gateway/models/veo-3.0-generate-001/api ("native audio", generateAudio)',
    negatives: 'https://fal.ai/models/fal-ai/veo3/image-to-video/llms.txt (negative_prompt input); https://replicate.com/google/veo-3-fast/versions/100a06f7df77026a28d962e7cd70c0e8a7356313377e8e0ff8c7a3445d0cdfb2/api',
    durations: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001 ("Video length: 4, 6, or 8 seconds")',
    resolutions: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001 (supported resolutions 720, 1080)',
    aspectRatios: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001 (video aspect ratios 16:9, 9:16)',
    notes: `${GUIDE}; https://docs.pollo.ai/google/veo-3.md (dialogue, sound effects, background noise); https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001 ("Prompt languages: English"); https://ai.google.dev/gemini-api/docs/video (Veo 3.1: "720p, 1080p or 4k"); https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001 ("Supported framerates: 24 FPS"); https://vercel.com/ai-gateway/models/veo-3.0-generate-001/api (parameters: prompt, aspectRatio, duration, resolution, generateAudio)`,
  },
});
