import { touchedValues } from '../../../src/modules/auth/touched-values';

const request = (body: unknown, query: unknown = {}) => ({ params: { id: 'I1' }, query, body });

describe('the values a request carries where a touch points', () => {
  it('reads path parameters, query parameters and body fields', () => {
    expect(touchedValues({ at: 'params.id', names: 'incident' }, request({}))).toEqual(['I1']);
    expect(
      touchedValues({ at: 'query.unitId', names: 'unit' }, request({}, { unitId: 'T1' })),
    ).toEqual(['T1']);
    expect(
      touchedValues(
        { at: 'body.source.reportId', names: 'report' },
        request({ source: { reportId: 'R1' } }),
      ),
    ).toEqual(['R1']);
  });

  it('reads every item of the lists on the way, and a list found where one value was expected', () => {
    const body = {
      liable: [{ unitId: 'T1' }, { personId: 'P1' }, { unitId: 'T2' }, 'junk'],
      hazardIds: ['H1', 'H2'],
      unitId: ['E1', 'E2'],
    };
    const at = (path: string) => touchedValues({ at: path, names: 'unit' }, request(body));
    expect(at('body.liable[].unitId')).toEqual(['T1', 'T2']);
    expect(at('body.hazardIds[]')).toEqual(['H1', 'H2']);
    expect(at('body.unitId')).toEqual(['E1', 'E2']);
  });

  it('finds nothing where a value is absent, null, or not in an object', () => {
    const at = (body: unknown) =>
      touchedValues({ at: 'body.liable[].unitId', names: 'unit' }, request(body));
    expect(at({})).toEqual([]);
    expect(at({ liable: null })).toEqual([]);
    expect(at({ liable: 'T1' })).toEqual([]);
    expect(at({ liable: [{ unitId: null }] })).toEqual([]);
    expect(at(undefined)).toEqual([]);
    expect(at({ liable: [Object.create({ unitId: 'T2' }) as object] })).toEqual([]);
  });

  it('keeps values that are not strings for the validation to refuse', () => {
    expect(touchedValues({ at: 'body.unitId', names: 'unit' }, request({ unitId: 5 }))).toEqual([
      5,
    ]);
  });

  it('reads a conditional value only when its condition holds', () => {
    const touch = {
      at: 'body.to',
      names: 'unit' as const,
      when: { at: 'body.field', is: 'unitId' },
    };
    expect(touchedValues(touch, request({ field: 'unitId', to: 'E2' }))).toEqual(['E2']);
    expect(touchedValues(touch, request({ field: 'description', to: 'E2' }))).toEqual([]);
  });
});
