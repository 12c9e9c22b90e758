/** Plain-language names for the score dimensions, for people who are not developers. */
import type { Dimension } from './core.js';

export const DIMENSION_TEXT: Readonly<Record<Dimension, { label: string; help: string }>> = {
  subject: { label: 'Subject', help: 'Who or what the clip is about.' },
  motion: { label: 'Motion', help: 'An action or a camera move. Still-photo wording gives flat clips.' },
  environment: { label: 'Place and time', help: 'Where it happens, the time of day, the weather.' },
  camera: { label: 'Camera', help: 'Shot type, camera movement, angle or lens.' },
  lighting: { label: 'Lighting', help: 'Where the light comes from and what it is like.' },
  specificity: { label: 'Concrete words', help: 'What the camera would see, instead of "beautiful" or "cinematic".' },
  focus: { label: 'Focus', help: 'One or two main subjects, not many competing for attention.' },
  length: { label: 'Length', help: 'Short enough for the model to follow every part.' },
  audio: { label: 'Sound', help: 'Dialogue, sound effects or ambience, for models that make sound.' },
  settings: { label: 'Settings', help: 'Duration and resolution that suit the model and the stage.' },
  style: { label: 'Style', help: 'A visual style described concretely.' },
};

export function dimensionText(d: string): { label: string; help: string } {
  return (DIMENSION_TEXT as Record<string, { label: string; help: string }>)[d] ?? { label: d.charAt(0).toUpperCase() + d.slice(1), help: '' };
}

/** A word for the total, so the number means something at a glance. */
export function verdict(total: number): { word: string; level: 'low' | 'mid' | 'high' } {
  if (total >= 80) return { word: 'Strong', level: 'high' };
  if (total >= 50) return { word: 'Getting there', level: 'mid' };
  return { word: 'Weak', level: 'low' };
}
