import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it('round-trips every byte value and large arrays', () => {
    const bytes = new Uint8Array(200_003);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 255;
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(Buffer.compare(back, bytes)).toBe(0);
    expect(base64ToBytes(bytesToBase64(new Uint8Array([0, 255, 128])))).toEqual(new Uint8Array([0, 255, 128]));
  });
  it("uses the platform's native decoder when there is one (browsers), and only then", () => {
    const calls: string[] = [];
    const native = (text: string): Uint8Array => {
      calls.push(text);
      return new Uint8Array(Buffer.from(text, 'base64'));
    };
    expect(base64ToBytes('AP+A', native)).toEqual(new Uint8Array([0, 255, 128]));
    expect(calls).toEqual(['AP+A']);
    expect(base64ToBytes('AP+A', undefined)).toEqual(new Uint8Array([0, 255, 128]));
    expect(calls).toHaveLength(1);
  });
  it('decode of garbage throws', () => {
    expect(() => base64ToBytes('%%% not base64 %%%')).toThrow();
  });
});
