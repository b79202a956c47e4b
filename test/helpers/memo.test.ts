import { expect } from '@open-wc/testing';
import { distinctFrom, textColorOn } from '../../src/helpers/contrast.js';
import { memo } from '../../src/helpers/memo.js';

describe('memo', () => {
  it('makes an answer once per key', () => {
    const answers = new Map<string, number>();
    let made = 0;
    const square = (n: number) => memo(answers, String(n), () => (made++, n * n));
    expect([square(3), square(3), square(4), square(3)]).to.deep.equal([9, 9, 16, 9]);
    expect(made).to.equal(2);
  });

  it('starts again past its limit, so odd inputs cannot grow it without end', () => {
    const answers = new Map<string, string>();
    for (let i = 0; i < 25; i++) memo(answers, `k${i}`, () => `v${i}`, 10);
    expect(answers.size).to.be.at.most(10);
    expect(memo(answers, 'k24', () => 'made again', 10)).to.equal('v24');
  });

  it('gives the colour functions the same answers the second time', () => {
    expect(textColorOn('#ffdd00')).to.equal('#000000');
    expect(textColorOn('#ffdd00')).to.equal('#000000');
    const first = distinctFrom('#111111', '#1c1c1e');
    expect(first).to.not.equal('#111111');
    expect(distinctFrom('#111111', '#1c1c1e')).to.equal(first);
    expect(distinctFrom('#111111', '#ffffff'), 'already distinct on white').to.equal('#111111');
  });
});
