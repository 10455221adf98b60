import { signalsToForward } from './run-child';

describe('signalsToForward', () => {
  test('without a terminal every stop signal is passed on', () => {
    expect(signalsToForward(false)).toEqual(['SIGINT', 'SIGTERM', 'SIGHUP']);
  });

  test('on a terminal Ctrl-C has reached the command already: SIGINT is not sent twice', () => {
    expect(signalsToForward(true)).toEqual(['SIGTERM', 'SIGHUP']);
  });
});
