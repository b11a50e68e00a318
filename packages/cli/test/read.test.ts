import { describe, expect, it } from 'vitest';
import { decodeText, ndjsonLines, parseRecord } from '../src/read.js';

async function collect(chunks: (string | Uint8Array)[], max = 1000) {
  const out = [];
  for await (const line of ndjsonLines((async function* () { yield* chunks; })(), max)) out.push(line);
  return out;
}

describe('ndjsonLines', () => {
  it('should rejoin a line and a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('{"text":"café"}\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of é
    const lines = await collect([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(lines).toEqual([{ lineNo: 1, bytes: bytes.length, text: '{"text":"café"}' }]);
  });

  it('should skip an over-long line and read the next one', async () => {
    const lines = await collect([`${'x'.repeat(50)}\n{"a":1}\r\n`], 20);
    expect(lines.map((l) => ('text' in l ? l.text : l.reason))).toEqual([expect.stringMatching(/over the size limit/), '{"a":1}']);
    expect(lines.map((l) => l.lineNo)).toEqual([1, 2]);
  });

  it('should count blank lines without yielding them', async () => {
    const lines = await collect(['\n  \n{"a":1}']);
    expect(lines).toEqual([{ lineNo: 3, bytes: 8, text: '{"a":1}' }]);
  });

  it('should refuse a stream that starts with binary data', async () => {
    await expect(collect([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])])).rejects.toThrow(/binary/);
  });
});

describe('parseRecord', () => {
  it('should use the line number as id when the record has none', () => {
    expect(parseRecord('{"text":"Hello."}', 12)).toEqual({ ok: true, record: { id: '12', text: 'Hello.' } });
  });

  it('should refuse a record without text', () => {
    expect(parseRecord('{"id":"a","body":"Hello."}', 1)).toEqual({ ok: false, reason: 'no "text" string' });
  });
});

describe('decodeText', () => {
  it('should refuse bytes that are not UTF-8', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 100)).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-8/) });
  });

  it('should drop a UTF-8 byte order mark', () => {
    expect(decodeText(Buffer.from('\ufeffHeadline', 'utf8'), 100)).toEqual({ ok: true, text: 'Headline', bytes: 11 });
  });
});
