import { repositoryFromRemote } from './report';

describe('report', () => {
  test('repository from remotes', () => {
    expect(repositoryFromRemote('https://github.com/acme/widgets.git')).toBe('acme/widgets');
    expect(repositoryFromRemote('git@github.com:acme/widgets')).toBe('acme/widgets');
    expect(repositoryFromRemote('https://gitlab.com/acme/widgets.git')).toBeUndefined();
  });
});
