import { buildPath, isPathParameterError } from '../../../src/http';

const template = '/work-orders/{id}/status';

describe('buildPath', () => {
  describe('when a value holds reserved or unsafe characters', () => {
    it.each([
      ['a/b', '/work-orders/a%2Fb/status'],
      ['WO 17', '/work-orders/WO%2017/status'],
      ['50%', '/work-orders/50%25/status'],
      [
        'ff74beb8-f6c2-4202-b886-07321bd1ac70',
        '/work-orders/ff74beb8-f6c2-4202-b886-07321bd1ac70/status',
      ],
      ['a?b#c', '/work-orders/a%3Fb%23c/status'],
      ["it's(*)!", '/work-orders/it%27s%28%2A%29%21/status'],
      ['a+b', '/work-orders/a%2Bb/status'],
      ['é', '/work-orders/%C3%A9/status'],
      ['...', '/work-orders/.../status'],
      ['%2e', '/work-orders/%252e/status'],
      ['~_-.', '/work-orders/~_-./status'],
    ])('encodes %j as a single segment', (value, expected) => {
      expect(buildPath(template, { id: value })).toBe(expected);
    });
  });

  describe('when a value cannot be sent as a segment', () => {
    it.each(['.', '..', ''])('throws a PathParameterError for %j', (value) => {
      const attempt = () => buildPath(template, { id: value });

      expect(attempt).toThrow(/Path parameter "id"/);
      try {
        attempt();
      } catch (error) {
        expect(isPathParameterError(error) && error.parameter).toBe('id');
      }
    });

    it('throws when a parameter has no value', () => {
      expect(() => buildPath(template, {})).toThrow('no value was given');
    });

    it('throws for a lone surrogate, which has no UTF-8 form', () => {
      expect(() => buildPath(template, { id: '\ud800' })).toThrow('lone UTF-16 surrogate');
    });
  });

  describe('when a placeholder shares its segment', () => {
    it('accepts a dot that does not make the whole segment a dot segment', () => {
      expect(buildPath('/files/{name}.json', { name: '.' })).toBe('/files/..json');
    });

    it('fills several placeholders and leaves literal segments alone', () => {
      expect(buildPath('/a/{x}-{y}/b', { x: '1 2', y: '/' })).toBe('/a/1%202-%2F/b');
    });
  });
});
