import { UsageError } from '../../../src/cli/args';
import { validDto } from '../../../src/cli/commands';
import { RegisterUserDto } from '../../../src/modules/users/users.dto';

describe('CLI input, validated as the HTTP layer does', () => {
  const user = { name: '管理员', role: 'admin', scopeUnitId: 'D' };

  it('accepts a clean user', async () => {
    await expect(validDto(RegisterUserDto, user)).resolves.toMatchObject(user);
  });

  it.each([
    ['a control character', { ...user, name: '管理\u0000员' }, /name contains U\+0000/],
    ['a non-character', { ...user, name: '管理\uffff员' }, /name contains U\+FFFF/],
    [
      'a prototype key',
      JSON.parse('{"__proto__":{},"name":"x","role":"admin","scopeUnitId":"D"}'),
      /__proto__ is a key/,
    ],
  ])('refuses %s like the HTTP layer', async (_, plain, message) => {
    await expect(validDto(RegisterUserDto, plain as object)).rejects.toThrow(UsageError);
    await expect(validDto(RegisterUserDto, plain as object)).rejects.toThrow(message);
  });
});
