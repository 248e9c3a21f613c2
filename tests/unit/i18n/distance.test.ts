import { describe, expect, it } from 'vitest';
import { distanceToward, formatDistance, whereExactly } from '../../../src/i18n/distance';

describe('distances in words', () => {
  it('reads metres under a kilometre and kilometres above, in both languages', () => {
    expect(formatDistance(420.4, 'en')).toBe('420 m');
    expect(formatDistance(1500, 'en')).toBe('1.5 km');
    expect(formatDistance(1500, 'zh')).toBe('1.5 公里');
    expect(distanceToward(420, 'NE', 'en')).toBe('420 m NE');
    expect(distanceToward(420, 'NE', 'zh')).toBe('东北方 420 米');
    expect(distanceToward(0, null, 'zh')).toBe('0 米');
  });

  it('says where exactly a feature is in one line', () => {
    expect(whereExactly({ accuracy: 'approximate', accuracy_m: 1500 }, 'en')).toBe(
      'Where exactly: approximate, within ~1.5 km',
    );
    expect(whereExactly({ accuracy: 'surveyed' }, 'zh')).toBe('位置精度：实测');
    expect(whereExactly({ accuracy: 'approximate', accuracy_m: 300 }, 'zh')).toBe('位置精度：近似，误差约 300 米');
    expect(whereExactly({}, 'en')).toBe('Where exactly: —');
  });
});
