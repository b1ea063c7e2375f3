import { describe, expect, it } from 'vitest';
import { decodePokePayload, encodePokePayload } from '../../../../sync/server/poke-fanout';

describe('poke fan-out payloads', () => {
  it('carry the market (or * for every market) and the sender', () => {
    expect(encodePokePayload('m1', 'a')).toBe('m1 a');
    expect(decodePokePayload('m1 a', 'b')).toEqual(new Set(['m1']));
    expect(decodePokePayload(encodePokePayload(null, 'a'), 'b')).toEqual(new Set([null]));
  });

  it('ignore one’s own notifications and anything malformed', () => {
    expect(decodePokePayload('m1 a', 'a')).toBeUndefined();
    expect(decodePokePayload('', 'a')).toBeUndefined();
    expect(decodePokePayload('m1', 'a')).toBeUndefined();
  });
});
