// Reading standard input ('-'): to its end, or until Ctrl-C in a batch.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, readStream } from '../../src/input/read.js';

describe('readStream', () => {
  it('reads a stream to its end, chunk after chunk', async () => {
    const stream = new PassThrough();
    const text = readStream(stream, new AbortController().signal);
    stream.write('The minister ');
    stream.end('said so.');
    expect(await text).toBe('The minister said so.');
  });

  it('stops waiting for a quiet stream on Ctrl-C, names it and lets it go', async () => {
    const stream = new PassThrough();
    stream.write('The minister');
    const interrupt = new AbortController();
    const text = readStream(stream, interrupt.signal);
    setTimeout(() => interrupt.abort(), 20);
    await expect(text).rejects.toThrow(new InputError('-', 'interrupted before its end (Ctrl-C)'));
    expect(stream.destroyed).toBe(true);
  });

  it('reads nothing once Ctrl-C has come', async () => {
    const stream = new PassThrough();
    stream.end('The minister said so.');
    await expect(readStream(stream, AbortSignal.abort())).rejects.toThrow('-: interrupted before its end (Ctrl-C)');
  });
});
