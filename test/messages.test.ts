import { describe, expect, it } from 'vitest';
import { interpolate } from '../src/engine/messages.js';

describe('interpolate', () => {
  it('fills {{name}} placeholders from the data, spaces inside the braces allowed', () => {
    expect(interpolate('Found {{word}} at {{ count }}.', { word: 'bad', count: 3 })).toBe('Found bad at 3.');
  });

  it('keeps a placeholder the data does not have, as written', () => {
    expect(interpolate('{{a}} and {{ b }}', { a: 1 })).toBe('1 and {{ b }}');
  });

  it('returns the template unchanged without data or placeholders', () => {
    expect(interpolate('No {{x}} here', undefined)).toBe('No {{x}} here');
    expect(interpolate('Plain text.', { x: 1 })).toBe('Plain text.');
  });

  it('handles placeholders at the edges and side by side, and the same template twice', () => {
    for (let i = 0; i < 2; i++) expect(interpolate('{{a}}{{b}}', { a: 'x', b: 'y' })).toBe('xy');
    expect(interpolate('{{a}}-{{a}}', { a: 0 })).toBe('0-0');
  });
});
