// Contact people and telephone numbers for demo employers. Names are a surname
// and the way people are addressed at a hiring desk (周经理, 陈女士), because
// that is how contacts are written on real gig postings.

import type { Prng } from './prng';

const SURNAMES: readonly string[] = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林唐谭冉向邓彭曾蒋余熊');

const TITLES = ['经理', '女士', '先生', '主管', '师傅', '老板'] as const;

/** Mobile prefixes of the three carriers, as common in Chongqing. */
const MOBILE_PREFIXES: readonly string[] = (
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 ' +
  '157 158 159 177 180 181 182 183 185 186 187 188 189 191 199'
).split(' ');

/**
 * Leading digits of landlines by district (区号 023 covers all of Chongqing);
 * a plausible prefix tells a reader which side of the city a number is on.
 */
const LANDLINE_PREFIXES: Readonly<Record<string, string>> = {
  合川区: '42',
  北碚区: '68',
  铜梁区: '45',
  潼南区: '44',
  璧山区: '41',
  两江新区: '67',
  沙坪坝区: '65',
  渝中区: '63',
  九龙坡区: '68',
};

function digits(prng: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(prng.int(0, 9));
  return s;
}

export function demoMobile(prng: Prng): string {
  return prng.pick(MOBILE_PREFIXES) + digits(prng, 8);
}

/** A Chongqing landline in normalised form, `023-42751234`. */
export function demoLandline(prng: Prng, districtName: string): string {
  const lead = LANDLINE_PREFIXES[districtName] ?? '6' + String(prng.int(1, 8));
  return `023-${lead}${digits(prng, 6)}`;
}

/** 周经理, 陈女士 … */
export function demoContactName(prng: Prng): string {
  return prng.pick(SURNAMES) + prng.pick(TITLES);
}
