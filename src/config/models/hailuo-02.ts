import { defineModel, FIRST_FRAME, GUIDE } from './define.js';

export default defineModel({
  id: 'hailuo-02',
  name: 'Hailuo 02',
  vendor: 'MiniMax',
  limits: { maxWords: 60, maxChars: 2000 },
  audio: false,
  negatives: 'ignored',
  durations: [6, 10],
  resolutions: ['768p', '1080p'],
  inputs: ['duration', 'resolution'],
  aspectRatios: ['16:9', FIRST_FRAME],
  combinations: [{ resolution: '1080p', durations: [6] }],
  cameraCommands: {
    commands: [
      'Truck left', 'Truck right', 'Pan left', 'Pan right', 'Push in', 'Pull out', 'Pedestal up', 'Pedestal down',
      'Tilt up', 'Tilt down', 'Zoom in', 'Zoom out', 'Shake', 'Tracking shot', 'Static shot',
    ],
    maxPerBracket: 3,
  },
  notes: [
    'Fast turnaround and strong physics on extreme motion (acrobatics, parkour): pick it for quick iterations.',
    'Camera moves can be given as bracketed commands, e.g. "[Pan left, Zoom in]", at most three per bracket.',
    'The prompt is capped at 2,000 characters; there is no negative-prompt field.',
    '6 or 10 s at 768p; 1080p only at 6 s. 512p exists for image-to-video only.',
    'No aspect-ratio or frame-rate input: text-to-video is 16:9 (1366x768 or 1920x1080); image-to-video takes the shape of its first frame.',
  ],
  sources: {
    inputs: 'https://replicate.com/minimax/hailuo-02/versions/c43b610efe40d08a28d2c07cb3515dab1cd3324dfc7418f3304a092571071d22/api (inputs: prompt, first_frame_image, last_frame_image, duration, resolution, prompt_optimizer: no aspect-ratio or frame-rate input); https://docs.modellix.ai/minimax/hailuo-02-fl2v (inputs: prompt, prompt_optimizer, duration, resolution)',
    'limits.maxWords': 'https://opten.space/en/models/minimax-hailuo-02 ("optimal length 40-60 words")',
    'limits.maxChars': 'https://docs.pollo.ai/minimax/hailuo-02.md (prompt maxLength 2000); https://docs.modellix.ai/minimax/hailuo-02-fl2v ("Max 2000 characters")',
    audio: 'https://docs.modellix.ai/minimax/hailuo-02-fl2v (inputs: prompt, prompt_optimizer, duration, resolution; no audio output)',
    negatives: `https://docs.modellix.ai/minimax/hailuo-02-fl2v (no negative-prompt input); ${GUIDE} ("other models want a separate negative-prompt field or ignore negatives")`,
    durations: 'https://docs.modellix.ai/minimax/hailuo-02-fl2v ("Options: 6 or 10")',
    resolutions: 'https://docs.modellix.ai/minimax/hailuo-02-fl2v ("768P or 1080P"); https://docs.comfy.org/ja/built-in-nodes/MinimaxHailuoVideoNode.md (1080p is 1920x1080, 768p is 1366x768); https://unifically.com/ru/models/minimax-hailuo (512p for image-to-video only)',
    aspectRatios:
      'no aspect-ratio input: https://replicate.com/minimax/hailuo-02/versions/c43b610efe40d08a28d2c07cb3515dab1cd3324dfc7418f3304a092571071d22/api (inputs: prompt, first_frame_image, last_frame_image, duration, resolution, prompt_optimizer; with a first frame, "The output video will have the same aspect ratio as this image"); text-to-video is 16:9: https://docs.comfy.org/ja/built-in-nodes/MinimaxHailuoVideoNode.md (1080p is 1920x1080, 768p is 1366x768); image-to-video in any shape of first frame between 2:5 and 5:2: https://docs.aimlapi.com/api-references/video-models/minimax/hailuo-02 (image_url, "the first frame for the video": "aspect ratio should be greater than 2:5 and less than 5:2")',
    combinations: 'https://docs.modellix.ai/minimax/hailuo-02-fl2v ("10 seconds only supports 768P, 1080P only supports 6 seconds")',
    cameraCommands:
      'https://replicate.com/minimax/video-01-director/versions/e1ae6d7b7b87f9ea0048fddd40f8af546296dd14efe6cfcc99a773b52e798967/api (supported movements, "up to 3 combined movements"); https://docs.modellix.ai/minimax/hailuo-02-fl2v ("Supports 15 camera control instructions")',
    notes: `https://opten.space/en/models/minimax-hailuo-02 (extreme physics, bracket camera syntax); ${GUIDE} ("Hailuo 02 for speed"); https://replicate.com/minimax/hailuo-02/versions/c43b610efe40d08a28d2c07cb3515dab1cd3324dfc7418f3304a092571071d22/api (no aspect-ratio or frame-rate input)`,
  },
});
