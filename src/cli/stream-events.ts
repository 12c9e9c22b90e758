/**
 * Waiting for a stream's 'drain' or 'close' as `events.once` does (rejecting on 'error'), without
 * importing node:events: an ES module import of a built-in costs start-up time on every run.
 */
import type { Stream } from 'node:stream';

function next(stream: Stream, event: 'drain' | 'close'): Promise<void> {
  return new Promise((resolve, reject) => {
    const onEvent = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off(event, onEvent);
      reject(error);
    };
    stream.once(event, onEvent);
    stream.once('error', onError);
  });
}

/** Resolves when a writable stream can take more. */
export const drained = (stream: Stream): Promise<void> => next(stream, 'drain');

/** Resolves when a stream has closed. */
export const closed = (stream: Stream): Promise<void> => next(stream, 'close');
