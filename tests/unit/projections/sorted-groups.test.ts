import { compareIds, SortedGroups } from '../../../projections/queries/sorted-groups';

describe('documents grouped in the read store’s _id order', () => {
  it('orders ids as the stores do, by UTF-8 bytes (code points)', () => {
    const ids = ['b', 'a', 'A-1', '企业', '𠀀x', '\uffff', 'ab', 'a', '甲-10', '甲-2'];
    const byBytes = [...ids].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...ids].sort(compareIds)).toEqual(byBytes);
  });

  it('inserts later documents at their place, and a replaced one where it was', () => {
    const groups = new SortedGroups<{ _id: string; v: number }>();
    ['a', 'c', 'e'].forEach((_id) => groups.push('k', { _id, v: 0 }));
    groups.insert('k', { _id: 'd', v: 1 });
    groups.insert('k', { _id: '0', v: 1 });
    groups.remove('k', 'c');
    groups.insert('k', { _id: 'c', v: 2 });
    groups.insert('other', { _id: 'z', v: 3 });
    expect(groups.get('k').map((d) => `${d._id}${d.v}`)).toEqual(['01', 'a0', 'c2', 'd1', 'e0']);
    groups.remove('k', 'c');
    groups.remove('k', 'missing');
    groups.remove('other', 'z');
    expect(groups.get('k').map((d) => d._id)).toEqual(['0', 'a', 'd', 'e']);
    expect(groups.get('other')).toEqual([]);
  });
});
