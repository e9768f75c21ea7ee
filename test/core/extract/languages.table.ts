// Held-out rounds of issue 13: English applicant-tracking-system templates and recruiter messages in German,
// French and Spanish, each row written with its answer from TIMELINE-CONVENTIONS.md (the same convention for the
// same meaning in every language) BEFORE the engine read it. FIRST_RUN records what the engine scored on its
// first reading (per round: precision, recall and F1 over expected findings, and the share of negative rows left
// empty); `npm run bench -- timeline` prints the same figures for today's engine. The rules behind the misses were
// then fixed, and the rows stay here as regression rows, run by languages.test.ts.
import { ROUND_24_EN, ROUND_25_DE, ROUND_26_FR, ROUND_27_ES } from './languages.round2.table';
import { ROUND_28_EN, ROUND_32_EN } from './languages.round3.en.table';
import { ROUND_29_DE, ROUND_33_DE } from './languages.round3.de.table';
import { ROUND_30_FR, ROUND_34_FR } from './languages.round3.fr.table';
import { ROUND_31_ES, ROUND_35_ES } from './languages.round3.es.table';
import { ROUND_36_ES, ROUND_42_ES, ROUND_44_ES, ROUND_46_ES, ROUND_48_ES } from './languages.round4.es.table';
import { ROUND_37_FR, ROUND_43_FR, ROUND_45_FR, ROUND_47_FR, ROUND_49_FR } from './languages.round4.fr.table';
import { BER, LDN, MAD, NY, PAR } from './languages.senders';
import { ROUND_38_EN, ROUND_38B_EN, ROUND_38C_EN } from './languages.round4.en.table';
import {
  ROUND_50_EN,
  ROUND_50B_EN,
  ROUND_50C_EN,
  ROUND_50D_EN,
  ROUND_50E_EN,
} from './languages.round5.en.table';
import {
  ROUND_70_EN,
  ROUND_70B_EN,
  ROUND_70C_EN,
  ROUND_70D_EN,
  ROUND_70E_EN,
  ROUND_70F_EN,
} from './languages.round6.en.table';
import {
  ROUND_100_EN,
  ROUND_100B_EN,
  ROUND_100C_EN,
  ROUND_100D_EN,
  ROUND_100E_EN,
  ROUND_100F_EN,
} from './languages.round7.en.table';
import { ROUND_110_EN, ROUND_114_EN } from './languages.round8.en.table';
import {
  ROUND_120_EN,
  ROUND_120B_EN,
  ROUND_120C_EN,
  ROUND_120D_EN,
  ROUND_120E_EN,
  ROUND_120F_EN,
} from './languages.round9.en.table';
import {
  ROUND_111_DE,
  ROUND_112_ES,
  ROUND_113_FR,
  ROUND_115_DE,
  ROUND_116_ES,
  ROUND_117_FR,
} from './languages.lead.foreign.table';
import { ROUND_39_DE, ROUND_39B_DE, ROUND_39C_DE } from './languages.round4.de.table';
import {
  ROUND_51_DE,
  ROUND_52_ES,
  ROUND_53_FR,
  ROUND_54_DE,
  ROUND_55_ES,
  ROUND_56_FR,
  ROUND_57_DE,
  ROUND_58_ES,
  ROUND_59_FR,
  ROUND_60_DE,
  ROUND_61_ES,
  ROUND_62_FR,
  ROUND_63_DE,
  ROUND_64_ES,
  ROUND_65_FR,
} from './languages.round5.foreign.table';
import {
  ROUND_71_DE,
  ROUND_72_ES,
  ROUND_73_FR,
  ROUND_74_DE,
  ROUND_75_ES,
  ROUND_76_FR,
  ROUND_77_DE,
  ROUND_78_ES,
  ROUND_79_FR,
  ROUND_80_DE,
  ROUND_81_ES,
  ROUND_82_FR,
} from './languages.round6.foreign.table';
import {
  ROUND_83_DE,
  ROUND_84_ES,
  ROUND_85_FR,
  ROUND_86_DE,
  ROUND_87_ES,
  ROUND_88_FR,
  ROUND_89_DE,
  ROUND_90_ES,
  ROUND_91_FR,
} from './languages.round7.foreign.table';
import {
  ROUND_92_DE,
  ROUND_93_ES,
  ROUND_94_FR,
  ROUND_95_DE,
  ROUND_96_ES,
  ROUND_97_FR,
  ROUND_98_DE,
  ROUND_99_ES,
  ROUND_100_FR,
} from './languages.round8.foreign.table';
import {
  ROUND_101_DE,
  ROUND_102_ES,
  ROUND_103_FR,
  ROUND_104_DE,
  ROUND_105_ES,
  ROUND_106_FR,
} from './languages.round9.foreign.table';
import {
  ROUND_121_DE,
  ROUND_122_ES,
  ROUND_123_FR,
  ROUND_124_DE,
  ROUND_125_ES,
  ROUND_126_FR,
  ROUND_127_DE,
  ROUND_128_ES,
  ROUND_129_FR,
} from './languages.round10.foreign.table';
import {
  ROUND_140_EN,
  ROUND_141_DE,
  ROUND_142_ES,
  ROUND_143_FR,
  ROUND_144_EN,
  ROUND_145_DE,
  ROUND_146_ES,
  ROUND_147_FR,
  ROUND_148_EN,
  ROUND_149_EN,
} from './languages.lead.whole.table';
import {
  ROUND_130_DE,
  ROUND_131_ES,
  ROUND_132_FR,
  ROUND_133_DE,
  ROUND_134_ES,
  ROUND_135_FR,
} from './languages.round11.foreign.table';
import {
  ROUND_136_DE,
  ROUND_137_ES,
  ROUND_138_FR,
  ROUND_139_DE,
  ROUND_139B_ES,
  ROUND_139C_FR,
} from './languages.round12.foreign.table';
import {
  ROUND_171_DE,
  ROUND_172_ES,
  ROUND_173_FR,
  ROUND_174_DE,
  ROUND_174B_ES,
  ROUND_174C_FR,
} from './languages.round13.foreign.table';
import { ROUND_181_DE, ROUND_182_ES, ROUND_183_FR } from './languages.round14.foreign.table';
import {
  ROUND_191_DE,
  ROUND_192_ES,
  ROUND_193_FR,
  ROUND_194_DE,
  ROUND_194B_ES,
  ROUND_194C_FR,
} from './languages.round15.foreign.table';
import { ROUND_150_EN } from './languages.round10.en.table';
import { ROUND_160_EN } from './languages.round11.en.table';
import { ROUND_170_EN } from './languages.round12.en.table';
import { ROUND_180_EN } from './languages.round13.en.table';
import { ROUND_190_EN, ROUND_190B_EN } from './languages.round14.en.table';
import { ROUND_200_EN } from './languages.round16.en.table';
import { ROUND_210_EN } from './languages.round17.en.table';
import { ROUND_220_EN } from './languages.round18.en.table';
import { ROUND_250_EN } from './languages.round21.en.table';
import { ROUND_250B_EN } from './languages.round21b.en.table';
import { ROUND_260_EN } from './languages.round22.en.table';
import { ROUND_260B_EN } from './languages.round22b.en.table';
import { ROUND_270_EN } from './languages.round23.en.table';
import { ROUND_280_EN } from './languages.round24.en.table';
import { ROUND_280B_EN } from './languages.round24b.en.table';
import { ROUND_290_EN } from './languages.round25.en.table';
import { ROUND_290B_EN } from './languages.round25b.en.table';
import { ROUND_300_EN } from './languages.round26.en.table';
import { ROUND_310_EN } from './languages.round27.en.table';
import { ROUND_320_EN } from './languages.round28.en.table';
import { ROUND_330_EN } from './languages.round29.en.table';
import { ROUND_340_EN } from './languages.round30.en.table';
import { ROUND_350_EN } from './languages.round31.en.table';
import { ROUND_360_EN } from './languages.round32.en.table';
import { ROUND_370_EN } from './languages.round33.en.table';
import { ROUND_380_EN } from './languages.round34.en.table';
import { ROUND_390_EN } from './languages.round35.en.table';
import { ROUND_400_EN } from './languages.round36.en.table';
import { ROUND_410_EN } from './languages.round37.en.table';
import { ROUND_420_EN } from './languages.round38.en.table';
import { ROUND_430_EN } from './languages.round39.en.table';
import { ROUND_440_EN } from './languages.round40.en.table';
import { ROUND_450_EN } from './languages.round41.en.table';
import { ROUND_460_EN } from './languages.round42.en.table';
import { ROUND_510_EN } from './languages.round47.en.table';
import { ROUND_520_EN } from './languages.round48.en.table';
import { ROUND_470_EN } from './languages.round43.en.table';
import { ROUND_480_EN } from './languages.round44.en.table';
import { ROUND_490_EN } from './languages.round45.en.table';
import { ROUND_500_EN } from './languages.round46.en.table';
import { ROUND_570_EN } from './languages.round53.en.table';
import { ROUND_580_EN } from './languages.round54.en.table';
import { ROUND_530_EN } from './languages.round49.en.table';
import { ROUND_540_EN } from './languages.round50.en.table';
import { ROUND_550_EN } from './languages.round51.en.table';
import { ROUND_560_EN } from './languages.round52.en.table';
import { ROUND_620_EN } from './languages.round58.en.table';
import { ROUND_590_EN } from './languages.round55.en.table';
import { ROUND_600_EN } from './languages.round56.en.table';
import { ROUND_610_EN } from './languages.round57.en.table';
import { ROUND_630_EN } from './languages.round59.en.table';
import { ROUND_700_EN } from './languages.round66.en.table';
import { ROUND_640_EN } from './languages.round60.en.table';
import { ROUND_650_EN } from './languages.round61.en.table';
import { ROUND_660_EN } from './languages.round62.en.table';
import { ROUND_670_EN } from './languages.round63.en.table';
import { ROUND_680_EN } from './languages.round64.en.table';
import { ROUND_690_EN } from './languages.round65.en.table';
import { ROUND_710_EN } from './languages.round67.en.table';
import { ROUND_720_EN } from './languages.round68.en.table';
import { ROUND_730_EN } from './languages.round69.en.table';
import { ROUND_740_EN } from './languages.round70.en.table';
import { ROUND_750_EN } from './languages.round71.en.table';
import { ROUND_760_EN } from './languages.round72.en.table';
import { ROUND_770_EN } from './languages.round73.en.table';
import { ROUND_780_EN } from './languages.round74.en.table';
import { ROUND_790_EN } from './languages.round75.en.table';
import { ROUND_800_EN } from './languages.round76.en.table';
import { ROUND_810_EN } from './languages.round77.en.table';
import { ROUND_820_EN } from './languages.round78.en.table';
import { ROUND_830_EN } from './languages.round79.en.table';
import { ROUND_840_EN } from './languages.round80.en.table';
import { ROUND_850_EN } from './languages.round81.en.table';
import { ROUND_860_EN } from './languages.round82.en.table';
import { ROUND_870_EN } from './languages.round83.en.table';
import { ROUND_880_EN } from './languages.round84.en.table';
import { ROUND_890_EN } from './languages.round85.en.table';
import { ROUND_900_EN } from './languages.round86.en.table';
import { ROUND_910_EN } from './languages.round87.en.table';
import { ROUND_920_EN } from './languages.round88.en.table';
import { ROUND_930_EN } from './languages.round89.en.table';
import { ROUND_940_EN } from './languages.round90.en.table';
import { ROUND_950_EN } from './languages.round91.en.table';
import { ROUND_960_EN } from './languages.round92.en.table';
import { ROUND_970_EN } from './languages.round93.en.table';
import { ROUND_980_EN } from './languages.round94.en.table';
import { ROUND_990_EN } from './languages.round95.en.table';
import { ROUND_1000_EN } from './languages.round96.en.table';
import { ROUND_1010_EN } from './languages.round97.en.table';
import { ROUND_1020_EN } from './languages.round98.en.table';
import { ROUND_1030_EN } from './languages.round99.en.table';
import { ROUND_1040_EN } from './languages.round100.en.table';
import { ROUND_1050_EN } from './languages.round101.en.table';
import { ROUND_1060_EN } from './languages.round102.en.table';
import { ROUND_1070_EN } from './languages.round103.en.table';
import { ROUND_1080_EN } from './languages.round104.en.table';
import { ROUND_1090_EN } from './languages.round105.en.table';
import { ROUND_1100_EN } from './languages.round106.en.table';
import { ROUND_1110_EN } from './languages.round107.en.table';
import { ROUND_1120_EN } from './languages.round108.en.table';
import { ROUND_1130_EN } from './languages.round109.en.table';
import { ROUND_1140_EN } from './languages.round110.en.table';
import { ROUND_1150_EN } from './languages.round111.en.table';
import { ROUND_1160_EN } from './languages.round112.en.table';
import { ROUND_1170_EN } from './languages.round113.en.table';
import { ROUND_1180_EN } from './languages.round114.en.table';
import { ROUND_1190_EN } from './languages.round115.en.table';
import { ROUND_1200_EN } from './languages.round116.en.table';
import { ROUND_1210_EN } from './languages.round117.en.table';
import { ROUND_1220_EN } from './languages.round118.en.table';
import { ROUND_1230_EN } from './languages.round119.en.table';
import { ROUND_1240_EN } from './languages.round120.en.table';
import {
  ROUND_322_DE,
  ROUND_322B_ES,
  ROUND_322C_FR,
  ROUND_323_DE,
  ROUND_323B_ES,
  ROUND_323C_FR,
} from './languages.round30.foreign.table';
import { ROUND_324_DE, ROUND_324B_ES, ROUND_324C_FR } from './languages.round31.foreign.table';
import {
  ROUND_325_DE,
  ROUND_325B_ES,
  ROUND_325C_FR,
  ROUND_326_DE,
  ROUND_326B_ES,
  ROUND_326C_FR,
} from './languages.round32.foreign.table';
import {
  ROUND_327_DE,
  ROUND_327B_ES,
  ROUND_327C_FR,
  ROUND_328_DE,
  ROUND_328B_ES,
  ROUND_328C_FR,
} from './languages.round33.foreign.table';
import {
  ROUND_329_DE,
  ROUND_329B_ES,
  ROUND_329C_FR,
  ROUND_330_DE,
  ROUND_330B_ES,
  ROUND_330C_FR,
} from './languages.round34.foreign.table';
import { ROUND_230_EN, ROUND_230B_EN } from './languages.round19.en.table';
import { ROUND_240_EN, ROUND_240B_EN } from './languages.round20.en.table';
import { ROUND_211_DE, ROUND_212_ES, ROUND_213_FR } from './languages.round16.foreign.table';
import {
  ROUND_231_DE,
  ROUND_232_ES,
  ROUND_233_FR,
  ROUND_234_DE,
  ROUND_234B_ES,
  ROUND_234C_FR,
} from './languages.round17.foreign.table';
import {
  ROUND_241_DE,
  ROUND_242_ES,
  ROUND_243_FR,
  ROUND_244_DE,
  ROUND_244B_ES,
  ROUND_244C_FR,
} from './languages.round18.foreign.table';
import {
  ROUND_291_DE,
  ROUND_292_ES,
  ROUND_293_FR,
  ROUND_294_DE,
  ROUND_294B_ES,
  ROUND_294C_FR,
} from './languages.round19.foreign.table';
import {
  ROUND_301_DE,
  ROUND_302_ES,
  ROUND_303_FR,
  ROUND_304_DE,
  ROUND_304B_ES,
  ROUND_304C_FR,
  ROUND_305_DE,
  ROUND_305B_ES,
  ROUND_305C_FR,
  ROUND_306_DE,
  ROUND_306B_ES,
  ROUND_306C_FR,
  ROUND_307_DE,
  ROUND_307B_ES,
  ROUND_307C_FR,
} from './languages.round20.foreign.table';
import {
  ROUND_308_DE,
  ROUND_308B_ES,
  ROUND_308C_FR,
  ROUND_309_DE,
  ROUND_309B_ES,
  ROUND_309C_FR,
} from './languages.round21.foreign.table';
import {
  ROUND_311_DE,
  ROUND_311B_ES,
  ROUND_311C_FR,
  ROUND_312_DE,
  ROUND_312B_ES,
  ROUND_312C_FR,
} from './languages.round22.foreign.table';
import { ROUND_310_DE, ROUND_310B_ES, ROUND_310C_FR } from './languages.round23.foreign.table';
import { ROUND_313_DE, ROUND_313B_ES, ROUND_313C_FR } from './languages.round24.foreign.table';
import {
  ROUND_314_DE,
  ROUND_314B_ES,
  ROUND_314C_FR,
  ROUND_315_DE,
  ROUND_315B_ES,
  ROUND_315C_FR,
} from './languages.round25.foreign.table';
import { ROUND_316_DE, ROUND_316B_ES, ROUND_316C_FR } from './languages.round26.foreign.table';
import {
  ROUND_317_DE,
  ROUND_317B_ES,
  ROUND_317C_FR,
  ROUND_318_DE,
  ROUND_318B_ES,
  ROUND_318C_FR,
} from './languages.round27.foreign.table';
import { ROUND_319_DE, ROUND_319B_ES, ROUND_319C_FR } from './languages.round28.foreign.table';
import {
  ROUND_320_DE,
  ROUND_320B_ES,
  ROUND_320C_FR,
  ROUND_321_DE,
  ROUND_321B_ES,
  ROUND_321C_FR,
} from './languages.round29.foreign.table';
import type { PhraseRow } from './phrases.table';

export type Language = 'en' | 'de' | 'fr' | 'es';

export interface LanguageRound {
  readonly name: string;
  readonly language: Language;
  readonly rows: readonly PhraseRow[];
}

/** Round 20: English ATS templates (Greenhouse, Lever, Workday, iCIMS, SmartRecruiters, Taleo-like layouts). */
export const ROUND_20_ATS: readonly PhraseRow[] = [
  {
    ...NY,
    text: 'Interview Details\nWhen: Thursday, November 19, 2026 2:00 PM - 3:00 PM (EST) Where: Zoom With: Priya Raman, Engineering Manager',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '14:00' }],
  },
  {
    ...NY,
    text: "Hi Alex, Thanks for your interest in Northwind! You're confirmed for a Technical Interview on Monday, November 16th at 11:00am EST.",
    expect: [{ kind: 'interview', by: '2026-11-16', time: '11:00' }],
  },
  {
    ...NY,
    text: "Your application status has been updated to 'Interviewing' on 11/09/2026 16:42:10.",
    expect: [],
  },
  {
    ...NY,
    text: 'Status: Interview Scheduled\tDate: 11/18/2026\tTime: 09:30:00\tLocation: Building 4, 3rd floor',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '09:30' }],
  },
  {
    ...NY,
    text: 'Thank you for applying. Applications are reviewed on a rolling basis and you can expect to hear from us within 10 business days.',
    expect: [{ kind: 'response-by', by: '2026-11-24' }],
  },
  {
    ...NY,
    text: 'Your interview has been rescheduled. Previous time: Wednesday, November 11, 2026 at 3:00 PM. New time: Friday, November 13, 2026 at 10:00 AM (EST).',
    expect: [{ kind: 'interview', by: '2026-11-13', time: '10:00' }],
  },
  {
    ...NY,
    text: 'Please choose one of the following slots: Tue 11/17 10:00 AM, Wed 11/18 2:00 PM, Thu 11/19 4:30 PM.',
    expect: [],
  },
  {
    ...NY,
    text: 'We still have a few candidates to meet on Thursday and will be in touch early next week.',
    expect: [{ kind: 'response-by', by: '2026-11-18', fuzzy: true }],
  },
  { ...NY, text: 'First interviews will run during the week of 7 December.', expect: [] },
  {
    ...LDN,
    text: 'Interview date: 24/11/2026\nInterview time: 14:00:00\nLocation: London Bridge office',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '14:00' }],
  },
  {
    ...NY,
    text: 'Please allow two weeks before checking in on your application.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-24' }],
  },
  {
    ...NY,
    text: 'We ask candidates not to write until the posting has closed on the 20th.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-20', fuzzy: true }],
  },
  {
    ...NY,
    text: 'Sarah is away until the 18th and back in the office on the 19th, so please hold any questions until then.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-19' }],
  },
  {
    ...NY,
    text: "Please don't email your portfolio again or phone the studio.",
    expect: [{ kind: 'no-calls' }],
  },
  { ...NY, text: "Our team can't take status enquiries by telephone.", expect: [{ kind: 'no-calls' }] },
  {
    ...NY,
    text: 'Your final interview is at 9:15 (America/Chicago) on Thursday, November 12.',
    expect: [{ kind: 'interview', by: '2026-11-12', time: '10:15' }],
  },
  {
    ...NY,
    text: 'The written contract will reach you within three working days.',
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...NY,
    text: 'Our answer will be with you before Thursday.',
    expect: [{ kind: 'response-by', by: '2026-11-11' }],
  },
  {
    ...NY,
    text: 'Reviews usually take about a week.',
    expect: [{ kind: 'response-by', by: '2026-11-17', fuzzy: true }],
  },
  {
    ...NY,
    text: "We expect to decide after the holidays and I'll write the moment we have.",
    expect: [{ kind: 'response-by', by: '2027-01-08', fuzzy: true }],
  },
  {
    ...NY,
    text: "We'll have a decision by month end, after the committee meets on the 18th.",
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...NY,
    text: 'The posting closes on Friday 20 November; we aim to shortlist within a month of that date.',
    expect: [{ kind: 'response-by', by: '2026-12-20' }],
  },
  {
    ...NY,
    text: 'Your onsite is booked for Tuesday 17 November. Expect to hear from us within two working days of it.',
    expect: [
      { kind: 'interview', by: '2026-11-17' },
      { kind: 'response-by', by: '2026-11-19' },
    ],
  },
  { ...NY, text: 'Application received: 11/10/2026 09:14:33 AM', expect: [] },
  {
    ...NY,
    text: 'Stage changed from Phone Screen to Onsite by Jordan Lee on Nov 9, 2026 4:02 PM',
    expect: [],
  },
  {
    ...NY,
    text: "We're reviewing all applications and will be in touch with shortlisted candidates.",
    expect: [],
  },
  {
    ...NY,
    text: 'Unfortunately, we have decided not to proceed with your application at this time.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: 'Congratulations! We are delighted to extend you an offer for the Product Designer role.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...NY,
    text: 'Requisition Number: 2604-118\tJob Title: Accountant\tDate Applied: 11/02/2026\tStatus: Under Review',
    expect: [],
  },
  {
    ...NY,
    text: 'Meeting: Panel interview | Date: Wednesday 11/25/2026 | Start: 13:00:00 | End: 14:30:00 | Time zone: Eastern Time',
    expect: [{ kind: 'interview', by: '2026-11-25', time: '13:00' }],
  },
  {
    ...NY,
    text: 'The interview is at 16:00 (CET) on Friday, November 20.',
    expect: [{ kind: 'interview', by: '2026-11-20', time: '10:00' }],
  },
  {
    ...NY,
    text: "Thank you for your time on Monday; we're still finalizing schedules and will share next steps in due course.",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Tomasz, you're invited to a Video Interview with Acme via HireVue. Please complete it by Friday, November 13.",
    expect: [],
  },
  {
    ...NY,
    text: 'Decisions are typically communicated 5-7 business days after the final interview.',
    expect: [],
  },
  {
    ...NY,
    text: 'Your phone screen with Akua Mensah is confirmed: Thu, Nov 12, 2026 · 1:30 PM – 2:00 PM EST · Google Meet',
    expect: [{ kind: 'interview', by: '2026-11-12', time: '13:30' }],
  },
];

/** Round 21: German recruiter mail (sent Monday 2 November 2026, Berlin). */
export const ROUND_21_DE: readonly PhraseRow[] = [
  {
    ...BER,
    text: 'Wir melden uns binnen 14 Tagen bei Ihnen.',
    expect: [{ kind: 'response-by', by: '2026-11-16' }],
  },
  {
    ...BER,
    text: 'Sie erhalten bis Ende des Monats eine Rückmeldung von uns.',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...BER,
    text: 'Wir werden uns Anfang kommender Woche bei Ihnen melden.',
    expect: [{ kind: 'response-by', by: '2026-11-11', fuzzy: true }],
  },
  { ...BER, text: 'Telefonische Rückfragen sind leider nicht möglich.', expect: [{ kind: 'no-calls' }] },
  {
    ...BER,
    text: 'Gerne laden wir Sie zu einem Vorstellungsgespräch am Mittwoch, 9. Dezember, um 10:30 Uhr ein.',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '10:30' }],
  },
  {
    ...BER,
    text: 'Ihr Vorstellungsgespräch findet am 12.11.2026 um 14:00 Uhr in unserem Büro in Hamburg statt.',
    expect: [{ kind: 'interview', by: '2026-11-12', time: '14:00' }],
  },
  {
    ...BER,
    text: 'Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Wir freuen uns, Ihnen die Stelle als Projektleiterin anbieten zu können.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER,
    text: 'Bitte sehen Sie von Nachfragen vor dem 20. November ab.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-20' }],
  },
  {
    ...BER,
    text: 'Eine Entscheidung erwarten wir innerhalb von zwei Wochen.',
    expect: [{ kind: 'response-by', by: '2026-11-16' }],
  },
  { ...BER, text: 'Sie hören bis Freitag von uns.', expect: [{ kind: 'response-by', by: '2026-11-06' }] },
  {
    ...BER,
    text: 'Wir geben Ihnen spätestens am 13. November Bescheid.',
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  { ...BER, text: 'Vielen Dank für Ihre Bewerbung, die wir gerne geprüft haben.', expect: [] },
  { ...BER, text: 'Unser Büro ist vom 24.12. bis 1.1. geschlossen.', expect: [] },
  { ...BER, text: 'Ihr erster Arbeitstag wäre der 1. Januar 2027.', expect: [] },
  {
    ...BER,
    text: 'Bitte senden Sie uns die unterschriebenen Unterlagen bis zum 10. November zurück.',
    expect: [],
  },
  { ...BER, text: 'Die Bewerbungsfrist endet am 30. November.', expect: [] },
  {
    ...BER,
    text: 'Haben Sie am Donnerstag um 11 Uhr Zeit für ein kurzes Telefonat?',
    expect: [{ kind: 'interview', by: '2026-11-05', time: '11:00' }],
  },
  {
    ...BER,
    text: 'Ich freue mich auf unser Gespräch morgen um 9:30 Uhr.',
    expect: [{ kind: 'interview', by: '2026-11-03', time: '09:30' }],
  },
  {
    ...BER,
    text: 'Wir melden uns in den nächsten Tagen.',
    expect: [{ kind: 'response-by', by: '2026-11-07', fuzzy: true }],
  },
  {
    ...BER,
    text: 'Sie erhalten innerhalb von 10 Werktagen eine Antwort.',
    expect: [{ kind: 'response-by', by: '2026-11-16' }],
  },
  { ...BER, text: 'Wir haben Ihre Bewerbung erhalten und werden sie sorgfältig prüfen.', expect: [] },
  {
    ...BER,
    text: 'Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  { ...BER, text: 'Bitte rufen Sie uns nicht an, wir melden uns bei Ihnen.', expect: [{ kind: 'no-calls' }] },
  { ...BER, text: 'Von telefonischen Anfragen bitten wir abzusehen.', expect: [{ kind: 'no-calls' }] },
  {
    ...BER,
    text: 'Wir werden Ihnen nächste Woche Bescheid geben.',
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...BER,
    text: 'Bis Mitte Dezember treffen wir unsere Entscheidung.',
    expect: [{ kind: 'response-by', by: '2026-12-15', fuzzy: true }],
  },
  {
    ...BER,
    text: 'Bitte melden Sie sich nicht vor dem 16. November bei uns.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-16' }],
  },
  { ...BER, text: 'Das Gespräch findet per Teams statt und dauert etwa 45 Minuten.', expect: [] },
  {
    ...BER,
    text: 'Wir möchten Ihnen gerne ein Vertragsangebot unterbreiten.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  { ...BER, text: 'Die Auswahlgespräche führen wir in der Woche vom 16. November.', expect: [] },
  { ...BER, text: 'Bitte bestätigen Sie den Termin bis Mittwoch.', expect: [] },
  {
    ...BER,
    text: 'Wir würden uns freuen, Sie am Montag, 16. November um 15 Uhr zum Gespräch bei uns begrüßen zu dürfen.',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '15:00' }],
  },
  {
    ...BER,
    text: 'Wir haben uns entschieden, die Stelle mit einer anderen Bewerberin zu besetzen.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
];

/** Round 22: French recruiter mail (sent Tuesday 10 November 2026, Paris). */
export const ROUND_22_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: 'Nous reviendrons vers vous d’ici vendredi.',
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...PAR,
    text: 'Vous recevrez une réponse avant la fin du mois.',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...PAR,
    text: 'Nous vous donnerons notre réponse dans les deux semaines.',
    expect: [{ kind: 'response-by', by: '2026-11-24' }],
  },
  {
    ...PAR,
    text: 'Je vous confirme votre entretien le jeudi 19 novembre à 14h30.',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '14:30' }],
  },
  {
    ...PAR,
    text: 'Seriez-vous disponible pour un entretien téléphonique mercredi à 10h ?',
    expect: [{ kind: 'interview', by: '2026-11-11', time: '10:00' }],
  },
  {
    ...PAR,
    text: 'Nous avons le regret de vous informer que votre candidature n’a pas été retenue.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: 'Nous sommes heureux de vous proposer le poste de chargée de communication.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR,
    text: 'Merci de ne pas nous appeler au sujet de votre candidature.',
    expect: [{ kind: 'no-calls' }],
  },
  { ...PAR, text: 'Aucun appel téléphonique ne sera pris en compte.', expect: [{ kind: 'no-calls' }] },
  {
    ...PAR,
    text: 'Merci de ne pas nous relancer avant le 1er décembre.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-01' }],
  },
  {
    ...PAR,
    text: 'Vous aurez de nos nouvelles la semaine prochaine.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...PAR,
    text: 'Nous vous tiendrons informée sous 10 jours ouvrés.',
    expect: [{ kind: 'response-by', by: '2026-11-24' }],
  },
  { ...PAR, text: 'Nous avons bien reçu votre candidature et nous l’étudierons avec attention.', expect: [] },
  { ...PAR, text: 'La date limite de dépôt des candidatures est fixée au 30 novembre.', expect: [] },
  { ...PAR, text: 'Votre prise de poste est prévue le 4 janvier 2027.', expect: [] },
  { ...PAR, text: 'Merci de nous retourner le contrat signé avant le 20 novembre.', expect: [] },
  { ...PAR, text: 'Le cabinet sera fermé du 24 décembre au 2 janvier.', expect: [] },
  {
    ...PAR,
    text: 'Nous vous contacterons dans les prochains jours.',
    expect: [{ kind: 'response-by', by: '2026-11-15', fuzzy: true }],
  },
  {
    ...PAR,
    text: 'Nous ne donnerons pas suite à votre candidature.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: 'Suite à notre échange, j’ai le plaisir de vous confirmer notre proposition d’embauche.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR,
    text: 'Pouvez-vous venir lundi 16 novembre à 9h pour rencontrer l’équipe ?',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '09:00' }],
  },
  { ...PAR, text: 'Les entretiens auront lieu la semaine du 23 novembre.', expect: [] },
  {
    ...PAR,
    text: 'Nous prendrons une décision d’ici la mi-décembre.',
    expect: [{ kind: 'response-by', by: '2026-12-15', fuzzy: true }],
  },
  {
    ...PAR,
    text: 'Vous aurez un retour de notre part au plus tard le 27 novembre.',
    expect: [{ kind: 'response-by', by: '2026-11-27' }],
  },
  { ...PAR, text: 'Je vous remercie pour votre temps lors de l’entretien de ce matin.', expect: [] },
  { ...PAR, text: 'N’hésitez pas à m’appeler si vous avez des questions.', expect: [] },
  { ...PAR, text: 'Merci de confirmer votre présence avant jeudi.', expect: [] },
  {
    ...PAR,
    text: 'Nous vous répondrons dans un délai de trois semaines.',
    expect: [{ kind: 'response-by', by: '2026-12-01' }],
  },
  {
    ...PAR,
    text: 'Votre entretien est reporté au vendredi 20 novembre à 11h00.',
    expect: [{ kind: 'interview', by: '2026-11-20', time: '11:00' }],
  },
  {
    ...PAR,
    text: 'Après étude de votre dossier, nous avons décidé de poursuivre avec d’autres candidats.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: 'Nous ne sommes malheureusement pas en mesure de répondre aux appels téléphoniques.',
    expect: [{ kind: 'no-calls' }],
  },
  { ...PAR, text: 'Le poste est à pourvoir dès janvier.', expect: [] },
];

/** Round 23: Spanish recruiter mail (sent Wednesday 11 November 2026, Madrid). */
export const ROUND_23_ES: readonly PhraseRow[] = [
  {
    ...MAD,
    text: 'Le daremos una respuesta dentro de los próximos diez días.',
    expect: [{ kind: 'response-by', by: '2026-11-21' }],
  },
  {
    ...MAD,
    text: 'Nos pondremos en contacto con usted antes del viernes.',
    expect: [{ kind: 'response-by', by: '2026-11-12' }],
  },
  {
    ...MAD,
    text: 'Recibirá noticias nuestras la próxima semana.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...MAD,
    text: 'Le confirmo la entrevista el jueves 19 de noviembre a las 10:00.',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '10:00' }],
  },
  {
    ...MAD,
    text: '¿Podría venir a una entrevista el lunes a las 16:30?',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '16:30' }],
  },
  {
    ...MAD,
    text: 'Lamentamos informarle que hemos decidido continuar con otros candidatos.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Nos complace ofrecerle el puesto de analista de datos.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD,
    text: 'Por favor, no llame a la oficina para preguntar por el estado de su candidatura.',
    expect: [{ kind: 'no-calls' }],
  },
  { ...MAD, text: 'No se atenderán consultas telefónicas.', expect: [{ kind: 'no-calls' }] },
  {
    ...MAD,
    text: 'Le rogamos que no nos contacte antes del 25 de noviembre.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-25' }],
  },
  {
    ...MAD,
    text: 'Le informaremos de nuestra decisión antes de final de mes.',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...MAD,
    text: 'Tendrá una respuesta en un plazo de dos semanas.',
    expect: [{ kind: 'response-by', by: '2026-11-25' }],
  },
  { ...MAD, text: 'Hemos recibido su candidatura y la revisaremos con atención.', expect: [] },
  { ...MAD, text: 'El plazo de presentación de candidaturas finaliza el 30 de noviembre.', expect: [] },
  { ...MAD, text: 'Su fecha de incorporación sería el 7 de enero de 2027.', expect: [] },
  { ...MAD, text: 'Por favor, envíenos la documentación firmada antes del viernes.', expect: [] },
  { ...MAD, text: 'Nuestras oficinas permanecerán cerradas del 24 de diciembre al 6 de enero.', expect: [] },
  {
    ...MAD,
    text: 'Nos pondremos en contacto en los próximos días.',
    expect: [{ kind: 'response-by', by: '2026-11-16', fuzzy: true }],
  },
  {
    ...MAD,
    text: 'Su candidatura no ha sido seleccionada para continuar en el proceso.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Estamos encantados de hacerle una oferta para el puesto.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD,
    text: 'La entrevista será por videollamada el martes 17 de noviembre a las 12:00 y durará unos 45 minutos.',
    expect: [{ kind: 'interview', by: '2026-11-17', time: '12:00' }],
  },
  { ...MAD, text: 'Las entrevistas se realizarán durante la semana del 23 de noviembre.', expect: [] },
  {
    ...MAD,
    text: 'Le responderemos a más tardar el 20 de noviembre.',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...MAD,
    text: 'Tomaremos una decisión a mediados de diciembre.',
    expect: [{ kind: 'response-by', by: '2026-12-15', fuzzy: true }],
  },
  { ...MAD, text: 'Gracias por su tiempo durante la entrevista de ayer.', expect: [] },
  { ...MAD, text: 'No dude en llamarme si tiene alguna pregunta.', expect: [] },
  { ...MAD, text: 'Por favor, confírmenos su disponibilidad antes del jueves.', expect: [] },
  {
    ...MAD,
    text: 'Le contestaremos en un plazo de 5 días hábiles.',
    expect: [{ kind: 'response-by', by: '2026-11-18' }],
  },
  {
    ...MAD,
    text: 'Hemos cambiado su entrevista al viernes 20 de noviembre a las 9:30.',
    expect: [{ kind: 'interview', by: '2026-11-20', time: '09:30' }],
  },
  {
    ...MAD,
    text: 'En este momento no podemos atender llamadas sobre el proceso de selección.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD,
    text: 'Por favor, no nos escriba hasta que cierre el proceso el 4 de diciembre.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-04', fuzzy: true }],
  },
  {
    ...MAD,
    text: 'Lamentablemente, su perfil no se ajusta a lo que buscamos en este momento.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
];

export const LANGUAGE_ROUNDS: readonly LanguageRound[] = [
  { name: 'round 20 (English ATS templates)', language: 'en', rows: ROUND_20_ATS },
  { name: 'round 21 (German)', language: 'de', rows: ROUND_21_DE },
  { name: 'round 22 (French)', language: 'fr', rows: ROUND_22_FR },
  { name: 'round 23 (Spanish)', language: 'es', rows: ROUND_23_ES },
  { name: 'round 24 (English ATS and recruiter mail, unseen)', language: 'en', rows: ROUND_24_EN },
  { name: 'round 25 (German, unseen)', language: 'de', rows: ROUND_25_DE },
  { name: 'round 26 (French, unseen)', language: 'fr', rows: ROUND_26_FR },
  { name: 'round 27 (Spanish, unseen)', language: 'es', rows: ROUND_27_ES },
  { name: 'round 28 (English, unseen)', language: 'en', rows: ROUND_28_EN },
  { name: 'round 32 (English, unseen)', language: 'en', rows: ROUND_32_EN },
  { name: 'round 29 (German, unseen)', language: 'de', rows: ROUND_29_DE },
  { name: 'round 33 (German, unseen)', language: 'de', rows: ROUND_33_DE },
  { name: 'round 30 (French, unseen)', language: 'fr', rows: ROUND_30_FR },
  { name: 'round 34 (French, unseen)', language: 'fr', rows: ROUND_34_FR },
  { name: 'round 31 (Spanish, unseen)', language: 'es', rows: ROUND_31_ES },
  { name: 'round 35 (Spanish, unseen)', language: 'es', rows: ROUND_35_ES },
  // Fourth unseen rounds, English and German (languages.round4.en.table.ts, languages.round4.de.table.ts).
  { name: 'round 38 (English, unseen)', language: 'en', rows: ROUND_38_EN },
  { name: 'round 39 (German, unseen)', language: 'de', rows: ROUND_39_DE },
  { name: 'round 38b (English, unseen)', language: 'en', rows: ROUND_38B_EN },
  { name: 'round 39b (German, unseen)', language: 'de', rows: ROUND_39B_DE },
  { name: 'round 38c (English, unseen)', language: 'en', rows: ROUND_38C_EN },
  { name: 'round 39c (German, unseen)', language: 'de', rows: ROUND_39C_DE },
  // Fourth unseen Spanish and French rounds (languages.round4.*.table.ts), issue 13.
  { name: 'round 36 (Spanish, unseen)', language: 'es', rows: ROUND_36_ES },
  { name: 'round 37 (French, unseen)', language: 'fr', rows: ROUND_37_FR },
  { name: 'round 42 (Spanish, unseen)', language: 'es', rows: ROUND_42_ES },
  { name: 'round 43 (French, unseen)', language: 'fr', rows: ROUND_43_FR },
  { name: 'round 44 (Spanish, unseen)', language: 'es', rows: ROUND_44_ES },
  { name: 'round 45 (French, unseen)', language: 'fr', rows: ROUND_45_FR },
  { name: 'round 46 (Spanish, unseen)', language: 'es', rows: ROUND_46_ES },
  { name: 'round 47 (French, unseen)', language: 'fr', rows: ROUND_47_FR },
  { name: 'round 48 (Spanish, unseen)', language: 'es', rows: ROUND_48_ES },
  { name: 'round 49 (French, unseen)', language: 'fr', rows: ROUND_49_FR },
  // Fifth unseen German, Spanish and French rounds (languages.round5.foreign.table.ts).
  { name: 'round 51 (German, unseen)', language: 'de', rows: ROUND_51_DE },
  { name: 'round 52 (Spanish, unseen)', language: 'es', rows: ROUND_52_ES },
  { name: 'round 53 (French, unseen)', language: 'fr', rows: ROUND_53_FR },
  { name: 'round 54 (German, unseen)', language: 'de', rows: ROUND_54_DE },
  { name: 'round 55 (Spanish, unseen)', language: 'es', rows: ROUND_55_ES },
  { name: 'round 56 (French, unseen)', language: 'fr', rows: ROUND_56_FR },
  { name: 'round 57 (German, unseen)', language: 'de', rows: ROUND_57_DE },
  { name: 'round 58 (Spanish, unseen)', language: 'es', rows: ROUND_58_ES },
  { name: 'round 59 (French, unseen)', language: 'fr', rows: ROUND_59_FR },
  { name: 'round 60 (German, unseen)', language: 'de', rows: ROUND_60_DE },
  { name: 'round 61 (Spanish, unseen)', language: 'es', rows: ROUND_61_ES },
  { name: 'round 62 (French, unseen)', language: 'fr', rows: ROUND_62_FR },
  { name: 'round 63 (German, unseen)', language: 'de', rows: ROUND_63_DE },
  { name: 'round 64 (Spanish, unseen)', language: 'es', rows: ROUND_64_ES },
  { name: 'round 65 (French, unseen)', language: 'fr', rows: ROUND_65_FR },
  // The sixth unseen foreign rounds (languages.round6.foreign.table.ts), issue 13.
  { name: 'round 71 (German, unseen)', language: 'de', rows: ROUND_71_DE },
  { name: 'round 72 (Spanish, unseen)', language: 'es', rows: ROUND_72_ES },
  { name: 'round 73 (French, unseen)', language: 'fr', rows: ROUND_73_FR },
  { name: 'round 74 (German, unseen)', language: 'de', rows: ROUND_74_DE },
  { name: 'round 75 (Spanish, unseen)', language: 'es', rows: ROUND_75_ES },
  { name: 'round 76 (French, unseen)', language: 'fr', rows: ROUND_76_FR },
  { name: 'round 77 (German, unseen)', language: 'de', rows: ROUND_77_DE },
  { name: 'round 78 (Spanish, unseen)', language: 'es', rows: ROUND_78_ES },
  { name: 'round 79 (French, unseen)', language: 'fr', rows: ROUND_79_FR },
  { name: 'round 80 (German, unseen)', language: 'de', rows: ROUND_80_DE },
  { name: 'round 81 (Spanish, unseen)', language: 'es', rows: ROUND_81_ES },
  { name: 'round 82 (French, unseen)', language: 'fr', rows: ROUND_82_FR },
  // The seventh unseen foreign rounds (languages.round7.foreign.table.ts), issue 13.
  { name: 'round 83 (German, unseen)', language: 'de', rows: ROUND_83_DE },
  { name: 'round 84 (Spanish, unseen)', language: 'es', rows: ROUND_84_ES },
  { name: 'round 85 (French, unseen)', language: 'fr', rows: ROUND_85_FR },
  { name: 'round 86 (German, unseen)', language: 'de', rows: ROUND_86_DE },
  { name: 'round 87 (Spanish, unseen)', language: 'es', rows: ROUND_87_ES },
  { name: 'round 88 (French, unseen)', language: 'fr', rows: ROUND_88_FR },
  { name: 'round 89 (German, unseen)', language: 'de', rows: ROUND_89_DE },
  { name: 'round 90 (Spanish, unseen)', language: 'es', rows: ROUND_90_ES },
  { name: 'round 91 (French, unseen)', language: 'fr', rows: ROUND_91_FR },
  // The eighth unseen foreign rounds (languages.round8.foreign.table.ts), issue 13.
  { name: 'round 92 (German, unseen)', language: 'de', rows: ROUND_92_DE },
  { name: 'round 93 (Spanish, unseen)', language: 'es', rows: ROUND_93_ES },
  { name: 'round 94 (French, unseen)', language: 'fr', rows: ROUND_94_FR },
  { name: 'round 95 (German, unseen)', language: 'de', rows: ROUND_95_DE },
  { name: 'round 96 (Spanish, unseen)', language: 'es', rows: ROUND_96_ES },
  { name: 'round 97 (French, unseen)', language: 'fr', rows: ROUND_97_FR },
  { name: 'round 98 (German, unseen)', language: 'de', rows: ROUND_98_DE },
  { name: 'round 99 (Spanish, unseen)', language: 'es', rows: ROUND_99_ES },
  { name: 'round 100 (French, unseen)', language: 'fr', rows: ROUND_100_FR },
  // The ninth unseen foreign rounds (languages.round9.foreign.table.ts), issue 13.
  { name: 'round 101 (German, unseen)', language: 'de', rows: ROUND_101_DE },
  { name: 'round 102 (Spanish, unseen)', language: 'es', rows: ROUND_102_ES },
  { name: 'round 103 (French, unseen)', language: 'fr', rows: ROUND_103_FR },
  { name: 'round 104 (German, unseen)', language: 'de', rows: ROUND_104_DE },
  { name: 'round 105 (Spanish, unseen)', language: 'es', rows: ROUND_105_ES },
  { name: 'round 106 (French, unseen)', language: 'fr', rows: ROUND_106_FR },
  // The tenth unseen foreign rounds (languages.round10.foreign.table.ts), issue 13.
  { name: 'round 121 (German, unseen)', language: 'de', rows: ROUND_121_DE },
  { name: 'round 122 (Spanish, unseen)', language: 'es', rows: ROUND_122_ES },
  { name: 'round 123 (French, unseen)', language: 'fr', rows: ROUND_123_FR },
  { name: 'round 124 (German, unseen)', language: 'de', rows: ROUND_124_DE },
  { name: 'round 125 (Spanish, unseen)', language: 'es', rows: ROUND_125_ES },
  { name: 'round 126 (French, unseen)', language: 'fr', rows: ROUND_126_FR },
  { name: 'round 127 (German, unseen)', language: 'de', rows: ROUND_127_DE },
  { name: 'round 128 (Spanish, unseen)', language: 'es', rows: ROUND_128_ES },
  { name: 'round 129 (French, unseen)', language: 'fr', rows: ROUND_129_FR },
  { name: 'round 130 (German, unseen)', language: 'de', rows: ROUND_130_DE },
  { name: 'round 131 (Spanish, unseen)', language: 'es', rows: ROUND_131_ES },
  { name: 'round 132 (French, unseen)', language: 'fr', rows: ROUND_132_FR },
  { name: 'round 133 (German, unseen)', language: 'de', rows: ROUND_133_DE },
  { name: 'round 134 (Spanish, unseen)', language: 'es', rows: ROUND_134_ES },
  { name: 'round 135 (French, unseen)', language: 'fr', rows: ROUND_135_FR },
  // The twelfth unseen foreign rounds (languages.round12.foreign.table.ts), issue 13.
  { name: 'round 136 (German, unseen)', language: 'de', rows: ROUND_136_DE },
  { name: 'round 137 (Spanish, unseen)', language: 'es', rows: ROUND_137_ES },
  { name: 'round 138 (French, unseen)', language: 'fr', rows: ROUND_138_FR },
  { name: 'round 139 (German, unseen)', language: 'de', rows: ROUND_139_DE },
  { name: 'round 139b (Spanish, unseen)', language: 'es', rows: ROUND_139B_ES },
  { name: 'round 139c (French, unseen)', language: 'fr', rows: ROUND_139C_FR },
  // The thirteenth unseen foreign rounds (languages.round13.foreign.table.ts), issue 13.
  { name: 'round 171 (German, unseen)', language: 'de', rows: ROUND_171_DE },
  { name: 'round 172 (Spanish, unseen)', language: 'es', rows: ROUND_172_ES },
  { name: 'round 173 (French, unseen)', language: 'fr', rows: ROUND_173_FR },
  { name: 'round 174 (German, unseen)', language: 'de', rows: ROUND_174_DE },
  { name: 'round 174b (Spanish, unseen)', language: 'es', rows: ROUND_174B_ES },
  { name: 'round 174c (French, unseen)', language: 'fr', rows: ROUND_174C_FR },
  { name: 'round 181 (German, unseen)', language: 'de', rows: ROUND_181_DE },
  { name: 'round 182 (Spanish, unseen)', language: 'es', rows: ROUND_182_ES },
  { name: 'round 183 (French, unseen)', language: 'fr', rows: ROUND_183_FR },
  // The fifteenth unseen foreign rounds (languages.round15.foreign.table.ts), issue 13.
  { name: 'round 191 (German, unseen)', language: 'de', rows: ROUND_191_DE },
  { name: 'round 192 (Spanish, unseen)', language: 'es', rows: ROUND_192_ES },
  { name: 'round 193 (French, unseen)', language: 'fr', rows: ROUND_193_FR },
  { name: 'round 194 (German, unseen)', language: 'de', rows: ROUND_194_DE },
  { name: 'round 194b (Spanish, unseen)', language: 'es', rows: ROUND_194B_ES },
  { name: 'round 194c (French, unseen)', language: 'fr', rows: ROUND_194C_FR },
  { name: 'round 211 (German, lead, unseen)', language: 'de', rows: ROUND_211_DE },
  { name: 'round 212 (Spanish, lead, unseen)', language: 'es', rows: ROUND_212_ES },
  { name: 'round 213 (French, lead, unseen)', language: 'fr', rows: ROUND_213_FR },
  { name: 'round 231 (German, unseen)', language: 'de', rows: ROUND_231_DE },
  { name: 'round 232 (Spanish, unseen)', language: 'es', rows: ROUND_232_ES },
  { name: 'round 233 (French, unseen)', language: 'fr', rows: ROUND_233_FR },
  { name: 'round 234 (German, unseen)', language: 'de', rows: ROUND_234_DE },
  { name: 'round 234b (Spanish, unseen)', language: 'es', rows: ROUND_234B_ES },
  { name: 'round 234c (French, unseen)', language: 'fr', rows: ROUND_234C_FR },
  { name: 'round 241 (German, unseen)', language: 'de', rows: ROUND_241_DE },
  { name: 'round 242 (Spanish, unseen)', language: 'es', rows: ROUND_242_ES },
  { name: 'round 243 (French, unseen)', language: 'fr', rows: ROUND_243_FR },
  { name: 'round 244 (German, unseen)', language: 'de', rows: ROUND_244_DE },
  { name: 'round 244b (Spanish, unseen)', language: 'es', rows: ROUND_244B_ES },
  { name: 'round 244c (French, unseen)', language: 'fr', rows: ROUND_244C_FR },
  { name: 'round 291 (German, unseen)', language: 'de', rows: ROUND_291_DE },
  { name: 'round 292 (Spanish, unseen)', language: 'es', rows: ROUND_292_ES },
  { name: 'round 293 (French, unseen)', language: 'fr', rows: ROUND_293_FR },
  { name: 'round 294 (German, unseen)', language: 'de', rows: ROUND_294_DE },
  { name: 'round 294b (Spanish, unseen)', language: 'es', rows: ROUND_294B_ES },
  { name: 'round 294c (French, unseen)', language: 'fr', rows: ROUND_294C_FR },
  { name: 'round 301 (German, unseen)', language: 'de', rows: ROUND_301_DE },
  { name: 'round 302 (Spanish, unseen)', language: 'es', rows: ROUND_302_ES },
  { name: 'round 303 (French, unseen)', language: 'fr', rows: ROUND_303_FR },
  { name: 'round 304 (German, unseen)', language: 'de', rows: ROUND_304_DE },
  { name: 'round 304b (Spanish, unseen)', language: 'es', rows: ROUND_304B_ES },
  { name: 'round 304c (French, unseen)', language: 'fr', rows: ROUND_304C_FR },
  { name: 'round 305 (German, unseen)', language: 'de', rows: ROUND_305_DE },
  { name: 'round 305b (Spanish, unseen)', language: 'es', rows: ROUND_305B_ES },
  { name: 'round 305c (French, unseen)', language: 'fr', rows: ROUND_305C_FR },
  { name: 'round 306 (German, unseen)', language: 'de', rows: ROUND_306_DE },
  { name: 'round 306b (Spanish, unseen)', language: 'es', rows: ROUND_306B_ES },
  { name: 'round 306c (French, unseen)', language: 'fr', rows: ROUND_306C_FR },
  { name: 'round 307 (German, unseen)', language: 'de', rows: ROUND_307_DE },
  { name: 'round 307b (Spanish, unseen)', language: 'es', rows: ROUND_307B_ES },
  { name: 'round 307c (French, unseen)', language: 'fr', rows: ROUND_307C_FR },
  { name: 'round 308 (German, unseen)', language: 'de', rows: ROUND_308_DE },
  { name: 'round 308b (Spanish, unseen)', language: 'es', rows: ROUND_308B_ES },
  { name: 'round 308c (French, unseen)', language: 'fr', rows: ROUND_308C_FR },
  { name: 'round 309 (German, unseen)', language: 'de', rows: ROUND_309_DE },
  { name: 'round 309b (Spanish, unseen)', language: 'es', rows: ROUND_309B_ES },
  { name: 'round 309c (French, unseen)', language: 'fr', rows: ROUND_309C_FR },
  // fx403's rounds: 311–311c and 312–312c (hw405's, written without the rules), languages.round22.foreign.table.ts.
  { name: 'round 310 (German, fx403, unseen)', language: 'de', rows: ROUND_310_DE },
  { name: 'round 310b (Spanish, fx403, unseen)', language: 'es', rows: ROUND_310B_ES },
  { name: 'round 310c (French, fx403, unseen)', language: 'fr', rows: ROUND_310C_FR },
  { name: 'round 311 (German, hw405, unseen)', language: 'de', rows: ROUND_311_DE },
  { name: 'round 311b (Spanish, hw405, unseen)', language: 'es', rows: ROUND_311B_ES },
  { name: 'round 311c (French, hw405, unseen)', language: 'fr', rows: ROUND_311C_FR },
  { name: 'round 312 (German, hw405, unseen)', language: 'de', rows: ROUND_312_DE },
  { name: 'round 312b (Spanish, hw405, unseen)', language: 'es', rows: ROUND_312B_ES },
  { name: 'round 312c (French, hw405, unseen)', language: 'fr', rows: ROUND_312C_FR },
  // fx410's rounds: 313–313c (its own, languages.round24.foreign.table.ts) and 314–314c (hw409's, written without the
  // rules, languages.round25.foreign.table.ts), and 315–315c (the same writer's, the same file).
  { name: 'round 313 (German, fx410, unseen)', language: 'de', rows: ROUND_313_DE },
  { name: 'round 313b (Spanish, fx410, unseen)', language: 'es', rows: ROUND_313B_ES },
  { name: 'round 313c (French, fx410, unseen)', language: 'fr', rows: ROUND_313C_FR },
  { name: 'round 314 (German, hw409, unseen)', language: 'de', rows: ROUND_314_DE },
  { name: 'round 314b (Spanish, hw409, unseen)', language: 'es', rows: ROUND_314B_ES },
  { name: 'round 314c (French, hw409, unseen)', language: 'fr', rows: ROUND_314C_FR },
  { name: 'round 315 (German, hw409, unseen)', language: 'de', rows: ROUND_315_DE },
  { name: 'round 315b (Spanish, hw409, unseen)', language: 'es', rows: ROUND_315B_ES },
  { name: 'round 315c (French, hw409, unseen)', language: 'fr', rows: ROUND_315C_FR },
  // fx418's rounds: 316–316c (its own, languages.round26.foreign.table.ts).
  { name: 'round 316 (German, fx418, unseen)', language: 'de', rows: ROUND_316_DE },
  { name: 'round 316b (Spanish, fx418, unseen)', language: 'es', rows: ROUND_316B_ES },
  { name: 'round 316c (French, fx418, unseen)', language: 'fr', rows: ROUND_316C_FR },
  // 317–317c (hw417's, written without the rules, languages.round27.foreign.table.ts).
  { name: 'round 317 (German, hw417, unseen)', language: 'de', rows: ROUND_317_DE },
  { name: 'round 317b (Spanish, hw417, unseen)', language: 'es', rows: ROUND_317B_ES },
  { name: 'round 317c (French, hw417, unseen)', language: 'fr', rows: ROUND_317C_FR },
  // 318–318c (the same writer's, the same file).
  { name: 'round 318 (German, hw417, unseen)', language: 'de', rows: ROUND_318_DE },
  { name: 'round 318b (Spanish, hw417, unseen)', language: 'es', rows: ROUND_318B_ES },
  { name: 'round 318c (French, hw417, unseen)', language: 'fr', rows: ROUND_318C_FR },
  // fx426's rounds: 319–319c (its own, languages.round28.foreign.table.ts).
  { name: 'round 319 (German, fx426, unseen)', language: 'de', rows: ROUND_319_DE },
  { name: 'round 319b (Spanish, fx426, unseen)', language: 'es', rows: ROUND_319B_ES },
  { name: 'round 319c (French, fx426, unseen)', language: 'fr', rows: ROUND_319C_FR },
  // 320–320c (hw425's, written without the rules, languages.round29.foreign.table.ts).
  { name: 'round 320 (German, hw425, unseen)', language: 'de', rows: ROUND_320_DE },
  { name: 'round 320b (Spanish, hw425, unseen)', language: 'es', rows: ROUND_320B_ES },
  { name: 'round 320c (French, hw425, unseen)', language: 'fr', rows: ROUND_320C_FR },
  // 321–321c (the same writer's, the same file).
  { name: 'round 321 (German, hw425, unseen)', language: 'de', rows: ROUND_321_DE },
  { name: 'round 321b (Spanish, hw425, unseen)', language: 'es', rows: ROUND_321B_ES },
  { name: 'round 321c (French, hw425, unseen)', language: 'fr', rows: ROUND_321C_FR },
  // 322–323c (hw429's whole ATS mails after HTML-to-text and reply chains, languages.round30.foreign.table.ts).
  { name: 'round 322 (German, hw429, unseen)', language: 'de', rows: ROUND_322_DE },
  { name: 'round 322b (Spanish, hw429, unseen)', language: 'es', rows: ROUND_322B_ES },
  { name: 'round 322c (French, hw429, unseen)', language: 'fr', rows: ROUND_322C_FR },
  { name: 'round 323 (German, hw429, unseen)', language: 'de', rows: ROUND_323_DE },
  { name: 'round 323b (Spanish, hw429, unseen)', language: 'es', rows: ROUND_323B_ES },
  { name: 'round 323c (French, hw429, unseen)', language: 'fr', rows: ROUND_323C_FR },
  // fx432's rounds: 324–324c (its own, languages.round31.foreign.table.ts).
  { name: 'round 324 (German, fx432, unseen)', language: 'de', rows: ROUND_324_DE },
  { name: 'round 324b (Spanish, fx432, unseen)', language: 'es', rows: ROUND_324B_ES },
  { name: 'round 324c (French, fx432, unseen)', language: 'fr', rows: ROUND_324C_FR },
  // hw438's rounds: 325–326c (languages.round32.foreign.table.ts; the less-covered corners of each language area).
  { name: 'round 325 (German, hw438, unseen)', language: 'de', rows: ROUND_325_DE },
  { name: 'round 325b (Spanish, hw438, unseen)', language: 'es', rows: ROUND_325B_ES },
  { name: 'round 325c (French, hw438, unseen)', language: 'fr', rows: ROUND_325C_FR },
  { name: 'round 326 (German, hw438, unseen)', language: 'de', rows: ROUND_326_DE },
  { name: 'round 326b (Spanish, hw438, unseen)', language: 'es', rows: ROUND_326B_ES },
  { name: 'round 326c (French, hw438, unseen)', language: 'fr', rows: ROUND_326C_FR },
  // hw440's rounds 327–328c (languages.round33.foreign.table.ts: a realistic mix) and hw449's 329–330c
  // (languages.round34.foreign.table.ts: the whole of each language area), read after fx439's fixes.
  { name: 'round 327 (German, hw440, unseen)', language: 'de', rows: ROUND_327_DE },
  { name: 'round 327b (Spanish, hw440, unseen)', language: 'es', rows: ROUND_327B_ES },
  { name: 'round 327c (French, hw440, unseen)', language: 'fr', rows: ROUND_327C_FR },
  { name: 'round 328 (German, hw440, unseen)', language: 'de', rows: ROUND_328_DE },
  { name: 'round 328b (Spanish, hw440, unseen)', language: 'es', rows: ROUND_328B_ES },
  { name: 'round 328c (French, hw440, unseen)', language: 'fr', rows: ROUND_328C_FR },
  { name: 'round 329 (German, hw449, unseen)', language: 'de', rows: ROUND_329_DE },
  { name: 'round 329b (Spanish, hw449, unseen)', language: 'es', rows: ROUND_329B_ES },
  { name: 'round 329c (French, hw449, unseen)', language: 'fr', rows: ROUND_329C_FR },
  { name: 'round 330 (German, hw449, unseen)', language: 'de', rows: ROUND_330_DE },
  { name: 'round 330b (Spanish, hw449, unseen)', language: 'es', rows: ROUND_330B_ES },
  { name: 'round 330c (French, hw449, unseen)', language: 'fr', rows: ROUND_330C_FR },
  // The fifth unseen English round (languages.round5.en.table.ts), issue 13.
  { name: 'round 50 (English, unseen)', language: 'en', rows: ROUND_50_EN },
  { name: 'round 50b (English, unseen)', language: 'en', rows: ROUND_50B_EN },
  { name: 'round 50c (English, unseen)', language: 'en', rows: ROUND_50C_EN },
  { name: 'round 50d (English, unseen)', language: 'en', rows: ROUND_50D_EN },
  { name: 'round 50e (English, unseen)', language: 'en', rows: ROUND_50E_EN },
  // The sixth unseen English round (languages.round6.en.table.ts), issue 13.
  { name: 'round 70 (English, unseen)', language: 'en', rows: ROUND_70_EN },
  { name: 'round 70b (English, unseen)', language: 'en', rows: ROUND_70B_EN },
  { name: 'round 70c (English, unseen)', language: 'en', rows: ROUND_70C_EN },
  { name: 'round 70d (English, unseen)', language: 'en', rows: ROUND_70D_EN },
  { name: 'round 70e (English, unseen)', language: 'en', rows: ROUND_70E_EN },
  { name: 'round 70f (English, unseen)', language: 'en', rows: ROUND_70F_EN },
  // The seventh unseen English round (languages.round7.en.table.ts), issue 13.
  { name: 'round 100 (English, unseen)', language: 'en', rows: ROUND_100_EN },
  { name: 'round 100b (English, unseen)', language: 'en', rows: ROUND_100B_EN },
  { name: 'round 100c (English, unseen)', language: 'en', rows: ROUND_100C_EN },
  { name: 'round 100d (English, unseen)', language: 'en', rows: ROUND_100D_EN },
  { name: 'round 100e (English, unseen)', language: 'en', rows: ROUND_100E_EN },
  { name: 'round 100f (English, unseen)', language: 'en', rows: ROUND_100F_EN },
  // The lead's whole messages (languages.lead.whole.table.ts), first read after rounds 120 and 130 were merged.
  { name: 'round 140 (English, lead, whole messages, unseen)', language: 'en', rows: ROUND_140_EN },
  { name: 'round 144 (English, lead, whole messages, unseen)', language: 'en', rows: ROUND_144_EN },
  { name: 'round 141 (German, lead, whole messages, unseen)', language: 'de', rows: ROUND_141_DE },
  { name: 'round 142 (Spanish, lead, whole messages, unseen)', language: 'es', rows: ROUND_142_ES },
  { name: 'round 143 (French, lead, whole messages, unseen)', language: 'fr', rows: ROUND_143_FR },
  { name: 'round 145 (German, lead, whole messages, unseen)', language: 'de', rows: ROUND_145_DE },
  { name: 'round 146 (Spanish, lead, whole messages, unseen)', language: 'es', rows: ROUND_146_ES },
  { name: 'round 147 (French, lead, whole messages, unseen)', language: 'fr', rows: ROUND_147_FR },
  { name: 'round 148 (English, lead, whole messages, unseen)', language: 'en', rows: ROUND_148_EN },
  { name: 'round 149 (English, lead, whole messages, unseen)', language: 'en', rows: ROUND_149_EN },
  { name: 'round 110 (English, lead, unseen)', language: 'en', rows: ROUND_110_EN },
  { name: 'round 114 (English, lead, unseen)', language: 'en', rows: ROUND_114_EN },
  { name: 'round 120 (English, unseen)', language: 'en', rows: ROUND_120_EN },
  { name: 'round 120b (English, unseen)', language: 'en', rows: ROUND_120B_EN },
  { name: 'round 120c (English, unseen)', language: 'en', rows: ROUND_120C_EN },
  { name: 'round 120d (English, unseen)', language: 'en', rows: ROUND_120D_EN },
  { name: 'round 120e (English, unseen)', language: 'en', rows: ROUND_120E_EN },
  { name: 'round 120f (English, unseen)', language: 'en', rows: ROUND_120F_EN },
  { name: 'round 150 (English, unseen)', language: 'en', rows: ROUND_150_EN },
  { name: 'round 160 (English, unseen)', language: 'en', rows: ROUND_160_EN },
  { name: 'round 170 (English, unseen)', language: 'en', rows: ROUND_170_EN },
  { name: 'round 180 (English, unseen)', language: 'en', rows: ROUND_180_EN },
  { name: 'round 190 (English, unseen)', language: 'en', rows: ROUND_190_EN },
  { name: 'round 190b (English, unseen)', language: 'en', rows: ROUND_190B_EN },
  { name: 'round 200 (English, lead, unseen)', language: 'en', rows: ROUND_200_EN },
  { name: 'round 210 (English, lead, unseen)', language: 'en', rows: ROUND_210_EN },
  { name: 'round 220 (English, lead, unseen)', language: 'en', rows: ROUND_220_EN },
  { name: 'round 230 (English, unseen)', language: 'en', rows: ROUND_230_EN },
  { name: 'round 230b (English, unseen)', language: 'en', rows: ROUND_230B_EN },
  { name: 'round 240 (English, unseen)', language: 'en', rows: ROUND_240_EN },
  { name: 'round 240b (English, unseen)', language: 'en', rows: ROUND_240B_EN },
  { name: 'round 250 (English, lead, unseen)', language: 'en', rows: ROUND_250_EN },
  { name: 'round 250b (English, lead, unseen)', language: 'en', rows: ROUND_250B_EN },
  { name: 'round 260 (English, lead, unseen)', language: 'en', rows: ROUND_260_EN },
  { name: 'round 260b (English, lead, unseen)', language: 'en', rows: ROUND_260B_EN },
  { name: 'round 270 (English, lead, unseen)', language: 'en', rows: ROUND_270_EN },
  { name: 'round 280 (English, lead, unseen)', language: 'en', rows: ROUND_280_EN },
  { name: 'round 280b (English, lead, unseen)', language: 'en', rows: ROUND_280B_EN },
  { name: 'round 290 (English, lead, unseen)', language: 'en', rows: ROUND_290_EN },
  { name: 'round 290b (English, lead, unseen)', language: 'en', rows: ROUND_290B_EN },
  { name: 'round 300 (English, lead, unseen)', language: 'en', rows: ROUND_300_EN },
  { name: 'round 310 (English, lead, unseen)', language: 'en', rows: ROUND_310_EN },
  { name: 'round 320 (English, lead, unseen)', language: 'en', rows: ROUND_320_EN },
  { name: 'round 330 (English, lead, unseen)', language: 'en', rows: ROUND_330_EN },
  { name: 'round 340 (English, lead, unseen)', language: 'en', rows: ROUND_340_EN },
  { name: 'round 350 (English, lead, unseen)', language: 'en', rows: ROUND_350_EN },
  { name: 'round 360 (English, lead, unseen)', language: 'en', rows: ROUND_360_EN },
  { name: 'round 370 (English, lead, unseen)', language: 'en', rows: ROUND_370_EN },
  { name: 'round 380 (English, lead, unseen)', language: 'en', rows: ROUND_380_EN },
  { name: 'round 390 (English, lead, unseen)', language: 'en', rows: ROUND_390_EN },
  { name: 'round 400 (English, lead, unseen)', language: 'en', rows: ROUND_400_EN },
  { name: 'round 410 (English, lead, unseen)', language: 'en', rows: ROUND_410_EN },
  { name: 'round 420 (English, lead, unseen)', language: 'en', rows: ROUND_420_EN },
  { name: 'round 430 (English, lead, unseen)', language: 'en', rows: ROUND_430_EN },
  { name: 'round 440 (English, lead, unseen)', language: 'en', rows: ROUND_440_EN },
  { name: 'round 450 (English, lead, unseen)', language: 'en', rows: ROUND_450_EN },
  { name: 'round 460 (English, lead, unseen)', language: 'en', rows: ROUND_460_EN },
  { name: 'round 510 (English, lead, unseen)', language: 'en', rows: ROUND_510_EN },
  { name: 'round 520 (English, lead, unseen)', language: 'en', rows: ROUND_520_EN },
  { name: 'round 470 (English, hw402, unseen)', language: 'en', rows: ROUND_470_EN },
  { name: 'round 480 (English, hw402, unseen)', language: 'en', rows: ROUND_480_EN },
  { name: 'round 490 (English, hw402, unseen)', language: 'en', rows: ROUND_490_EN },
  { name: 'round 500 (English, hw402, unseen)', language: 'en', rows: ROUND_500_EN },
  { name: 'round 570 (English, lead, unseen)', language: 'en', rows: ROUND_570_EN },
  { name: 'round 580 (English, lead, unseen)', language: 'en', rows: ROUND_580_EN },
  { name: 'round 530 (English, hw404, unseen)', language: 'en', rows: ROUND_530_EN },
  { name: 'round 540 (English, hw404, unseen)', language: 'en', rows: ROUND_540_EN },
  { name: 'round 550 (English, hw404, unseen)', language: 'en', rows: ROUND_550_EN },
  { name: 'round 560 (English, hw404, unseen)', language: 'en', rows: ROUND_560_EN },
  { name: 'round 620 (English, lead, unseen)', language: 'en', rows: ROUND_620_EN },
  { name: 'round 590 (English, hw406, unseen)', language: 'en', rows: ROUND_590_EN },
  { name: 'round 600 (English, hw406, unseen)', language: 'en', rows: ROUND_600_EN },
  { name: 'round 610 (English, hw406, unseen)', language: 'en', rows: ROUND_610_EN },
  { name: 'round 630 (English, lead, unseen)', language: 'en', rows: ROUND_630_EN },
  { name: 'round 700 (English, lead, unseen)', language: 'en', rows: ROUND_700_EN },
  { name: 'round 710 (English, lead, unseen)', language: 'en', rows: ROUND_710_EN },
  { name: 'round 640 (English, hw407, unseen)', language: 'en', rows: ROUND_640_EN },
  { name: 'round 650 (English, hw407, unseen)', language: 'en', rows: ROUND_650_EN },
  { name: 'round 660 (English, hw407, unseen)', language: 'en', rows: ROUND_660_EN },
  { name: 'round 670 (English, hw408, unseen)', language: 'en', rows: ROUND_670_EN },
  { name: 'round 680 (English, hw408, unseen)', language: 'en', rows: ROUND_680_EN },
  { name: 'round 690 (English, hw408, unseen)', language: 'en', rows: ROUND_690_EN },
  { name: 'round 720 (English, hw411, unseen)', language: 'en', rows: ROUND_720_EN },
  { name: 'round 730 (English, hw411, unseen)', language: 'en', rows: ROUND_730_EN },
  { name: 'round 740 (English, hw412, unseen)', language: 'en', rows: ROUND_740_EN },
  { name: 'round 750 (English, hw412, unseen)', language: 'en', rows: ROUND_750_EN },
  { name: 'round 760 (English, hw413, unseen)', language: 'en', rows: ROUND_760_EN },
  { name: 'round 770 (English, hw413, unseen)', language: 'en', rows: ROUND_770_EN },
  { name: 'round 780 (English, hw414, unseen)', language: 'en', rows: ROUND_780_EN },
  { name: 'round 790 (English, hw414, unseen)', language: 'en', rows: ROUND_790_EN },
  { name: 'round 800 (English, hw415, unseen)', language: 'en', rows: ROUND_800_EN },
  { name: 'round 810 (English, hw415, unseen)', language: 'en', rows: ROUND_810_EN },
  { name: 'round 820 (English, hw416, unseen)', language: 'en', rows: ROUND_820_EN },
  { name: 'round 830 (English, hw416, unseen)', language: 'en', rows: ROUND_830_EN },
  { name: 'round 840 (English, hw419, unseen)', language: 'en', rows: ROUND_840_EN },
  { name: 'round 850 (English, hw419, unseen)', language: 'en', rows: ROUND_850_EN },
  { name: 'round 860 (English, hw420, unseen)', language: 'en', rows: ROUND_860_EN },
  { name: 'round 870 (English, hw420, unseen)', language: 'en', rows: ROUND_870_EN },
  { name: 'round 880 (English, lead, unseen)', language: 'en', rows: ROUND_880_EN },
  { name: 'round 890 (English, hw421, unseen)', language: 'en', rows: ROUND_890_EN },
  { name: 'round 900 (English, hw422, unseen)', language: 'en', rows: ROUND_900_EN },
  { name: 'round 910 (English, hw423, unseen)', language: 'en', rows: ROUND_910_EN },
  { name: 'round 920 (English, hw423, unseen)', language: 'en', rows: ROUND_920_EN },
  { name: 'round 930 (English, hw424, unseen)', language: 'en', rows: ROUND_930_EN },
  { name: 'round 940 (English, hw424, unseen)', language: 'en', rows: ROUND_940_EN },
  { name: 'round 950 (English, hw427, unseen)', language: 'en', rows: ROUND_950_EN },
  { name: 'round 960 (English, hw427, unseen)', language: 'en', rows: ROUND_960_EN },
  { name: 'round 970 (English, hw428, unseen)', language: 'en', rows: ROUND_970_EN },
  { name: 'round 980 (English, hw428, unseen)', language: 'en', rows: ROUND_980_EN },
  { name: 'round 990 (English, hw430, unseen)', language: 'en', rows: ROUND_990_EN },
  { name: 'round 1000 (English, hw430, unseen)', language: 'en', rows: ROUND_1000_EN },
  { name: 'round 1010 (English, hw431, unseen)', language: 'en', rows: ROUND_1010_EN },
  { name: 'round 1020 (English, hw431, unseen)', language: 'en', rows: ROUND_1020_EN },
  { name: 'round 1030 (English, hw433, unseen)', language: 'en', rows: ROUND_1030_EN },
  { name: 'round 1040 (English, hw434, unseen)', language: 'en', rows: ROUND_1040_EN },
  // The eighteenth pass's English rounds: hw435's (the reader on the other side of hiring, each negative a near twin
  // of a positive), hw436's (graduate schemes, executive search, academic and public-sector hiring, contracts),
  // hw437's (a realistic fortnight's mix, long and short).
  { name: 'round 1050 (English, hw435, unseen)', language: 'en', rows: ROUND_1050_EN },
  { name: 'round 1060 (English, hw435, unseen)', language: 'en', rows: ROUND_1060_EN },
  { name: 'round 1070 (English, hw436, unseen)', language: 'en', rows: ROUND_1070_EN },
  { name: 'round 1080 (English, hw436, unseen)', language: 'en', rows: ROUND_1080_EN },
  { name: 'round 1090 (English, hw437, unseen)', language: 'en', rows: ROUND_1090_EN },
  { name: 'round 1100 (English, hw437, unseen)', language: 'en', rows: ROUND_1100_EN },
  // hw441's (an inbox's fortnight, half ATS templates) and hw442's (recruiters writing English around the world),
  // read after 1050–1100's fixes.
  { name: 'round 1110 (English, hw441, unseen)', language: 'en', rows: ROUND_1110_EN },
  { name: 'round 1120 (English, hw442, unseen)', language: 'en', rows: ROUND_1120_EN },
  // hw443's (hard negatives: the reader not the candidate) and hw444's (mail as it arrives: templates, quotes,
  // forwards, invitations, one-liners), read after 1110–1120's fixes.
  { name: 'round 1130 (English, hw443, unseen)', language: 'en', rows: ROUND_1130_EN },
  { name: 'round 1140 (English, hw444, unseen)', language: 'en', rows: ROUND_1140_EN },
  // hw445's (a realistic mix) and hw446's (hiring outside offices), read after 1130–1140's fixes.
  { name: 'round 1150 (English, hw445, unseen)', language: 'en', rows: ROUND_1150_EN },
  { name: 'round 1160 (English, hw445, unseen)', language: 'en', rows: ROUND_1160_EN },
  { name: 'round 1170 (English, hw446, unseen)', language: 'en', rows: ROUND_1170_EN },
  { name: 'round 1180 (English, hw446, unseen)', language: 'en', rows: ROUND_1180_EN },
  // hw447's (whole tracking-system mails) and hw448's (English as written at work around the world), read after
  // 1150–1180's fixes.
  { name: 'round 1190 (English, hw447, unseen)', language: 'en', rows: ROUND_1190_EN },
  { name: 'round 1200 (English, hw448, unseen)', language: 'en', rows: ROUND_1200_EN },
  // hw451's (an inbox's fortnight) and hw452's (people writing to candidates directly), read after 1190's fix.
  { name: 'round 1210 (English, hw451, unseen)', language: 'en', rows: ROUND_1210_EN },
  { name: 'round 1220 (English, hw452, unseen)', language: 'en', rows: ROUND_1220_EN },
  // hw453's (what inboxes hold most) and hw454's (several dates, zones, third parties' promises), read after 1220's
  // fixes.
  { name: 'round 1230 (English, hw453, unseen)', language: 'en', rows: ROUND_1230_EN },
  { name: 'round 1240 (English, hw454, unseen)', language: 'en', rows: ROUND_1240_EN },
  { name: 'round 111 (German, lead, unseen)', language: 'de', rows: ROUND_111_DE },
  { name: 'round 112 (Spanish, lead, unseen)', language: 'es', rows: ROUND_112_ES },
  { name: 'round 113 (French, lead, unseen)', language: 'fr', rows: ROUND_113_FR },
  { name: 'round 115 (German, lead, unseen)', language: 'de', rows: ROUND_115_DE },
  { name: 'round 116 (Spanish, lead, unseen)', language: 'es', rows: ROUND_116_ES },
  { name: 'round 117 (French, lead, unseen)', language: 'fr', rows: ROUND_117_FR },
];

/** A round's figures on its first reading by the engine. */
export interface FirstRun {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Negative rows left empty, over negative rows. */
  readonly negativesEmpty: number;
}

/**
 * First-run figures, recorded once and never updated. For German, French and Spanish, "before" is the engine as
 * it was (English only: nothing found, F1 0) and "reader" is the first run of the new language reader on these
 * rows, before any fix from them.
 */
export const FIRST_RUN: Readonly<Record<string, FirstRun>> = {
  'round 20 (English ATS templates)': { precision: 0.818, recall: 0.692, f1: 0.75, negativesEmpty: 1 },
  'round 21 (German) before': { precision: 1, recall: 0, f1: 0, negativesEmpty: 1 },
  'round 21 (German)': { precision: 1, recall: 0.68, f1: 0.81, negativesEmpty: 1 },
  'round 22 (French) before': { precision: 1, recall: 0, f1: 0, negativesEmpty: 1 },
  'round 22 (French)': { precision: 1, recall: 0.909, f1: 0.952, negativesEmpty: 1 },
  'round 23 (Spanish) before': { precision: 1, recall: 0, f1: 0, negativesEmpty: 1 },
  'round 23 (Spanish)': { precision: 1, recall: 0.739, f1: 0.85, negativesEmpty: 1 },
  // The second unseen rounds (languages.round2.table.ts), first read by the engine as rounds 20–23 left it.
  'round 24 (English ATS and recruiter mail, unseen)': {
    precision: 0.815,
    recall: 0.733,
    f1: 0.772,
    negativesEmpty: 0.905,
  },
  'round 25 (German, unseen)': { precision: 0.8, recall: 0.348, f1: 0.485, negativesEmpty: 0.938 },
  'round 26 (French, unseen)': { precision: 0.625, recall: 0.455, f1: 0.526, negativesEmpty: 0.933 },
  'round 27 (Spanish, unseen)': { precision: 0.667, recall: 0.455, f1: 0.541, negativesEmpty: 0.933 },
  // The third unseen English round (languages.round3.en.table.ts), first read by the engine as rounds 24–27 left it.
  'round 28 (English, unseen)': { precision: 0.743, recall: 0.667, f1: 0.703, negativesEmpty: 0.783 },
  // Round 32, a second fresh English round, first read by the engine as round 28's fixes left it.
  'round 32 (English, unseen)': { precision: 0.688, recall: 0.524, f1: 0.595, negativesEmpty: 0.909 },
  // The third unseen German round (languages.round3.de.table.ts), first read by the engine as rounds 24–27 left it.
  'round 29 (German, unseen)': { precision: 0.5, recall: 0.286, f1: 0.364, negativesEmpty: 0.75 },
  // Round 33 (same file), first read by the engine after round 29's fixes: the honest figure on unseen German.
  'round 33 (German, unseen)': { precision: 0.889, recall: 0.4, f1: 0.552, negativesEmpty: 1 },
  // Round 30 (languages.round3.fr.table.ts): whole French messages and ATS templates, first read by the engine as
  // rounds 24–27 left it.
  'round 30 (French, unseen)': { precision: 0.722, recall: 0.351, f1: 0.473, negativesEmpty: 0.957 },
  // Round 34 (same file), first read by the engine after round 30's fixes: the fixed engine on unseen text.
  'round 34 (French, unseen)': { precision: 0.818, recall: 0.5, f1: 0.621, negativesEmpty: 0.917 },
  // Third unseen rounds: whole messages, ATS templates and agency mail (languages.round3.*.table.ts).
  'round 31 (Spanish, unseen)': { precision: 0.412, recall: 0.194, f1: 0.264, negativesEmpty: 0.917 },
  // Round 35 was first read by the engine with round 31's fixes: the honest figure of the fixed engine on new text.
  'round 35 (Spanish, unseen)': { precision: 0.2, recall: 0.053, f1: 0.083, negativesEmpty: 0.909 },
  // Fourth unseen rounds (languages.round4.en.table.ts, languages.round4.de.table.ts), first read by the engine as
  // rounds 28–35 and the thread rounds r2/r3 left it.
  'round 38 (English, unseen)': { precision: 0.885, recall: 0.821, f1: 0.852, negativesEmpty: 0.875 },
  'round 39 (German, unseen)': { precision: 0.875, recall: 0.636, f1: 0.737, negativesEmpty: 0.8 },
  // Rounds 38b and 39b (same files), first read by the engine after rounds 38 and 39's fixes.
  'round 38b (English, unseen)': { precision: 0.917, recall: 0.733, f1: 0.815, negativesEmpty: 0.857 },
  'round 39b (German, unseen)': { precision: 0.8, recall: 0.706, f1: 0.75, negativesEmpty: 1 },
  // Rounds 38c and 39c (same files), first read by the engine after rounds 38b and 39b's fixes.
  'round 38c (English, unseen)': { precision: 0.867, recall: 0.929, f1: 0.897, negativesEmpty: 0.857 },
  'round 39c (German, unseen)': { precision: 0.857, recall: 0.8, f1: 0.828, negativesEmpty: 1 },
  // Rounds 36 and 37 (languages.round4.*.table.ts), first read by the engine after the fixes to the systemic causes
  // of round 35's misses (Spanish clocks with an hour word, French day-and-clock ranges, language detection).
  'round 36 (Spanish, unseen)': { precision: 0.846, recall: 0.524, f1: 0.647, negativesEmpty: 1 },
  'round 37 (French, unseen)': { precision: 1, recall: 0.909, f1: 0.952, negativesEmpty: 1 },
  // Rounds 42 and 43 (same files), first read by the engine after round 36/37's fixes.
  'round 42 (Spanish, unseen)': { precision: 1, recall: 0.571, f1: 0.727, negativesEmpty: 1 },
  'round 43 (French, unseen)': { precision: 0.917, recall: 0.786, f1: 0.846, negativesEmpty: 1 },
  // Rounds 44 and 45 (same files), first read by the engine after round 42/43's fixes and rules from probes.
  'round 44 (Spanish, unseen)': { precision: 0.833, recall: 0.357, f1: 0.5, negativesEmpty: 0.833 },
  'round 45 (French, unseen)': { precision: 0.857, recall: 0.8, f1: 0.828, negativesEmpty: 1 },
  // Rounds 46 and 47 (same files), first read by the engine after round 44/45's fixes.
  'round 46 (Spanish, unseen)': { precision: 0.909, recall: 0.667, f1: 0.769, negativesEmpty: 1 },
  'round 47 (French, unseen)': { precision: 1, recall: 0.8, f1: 0.889, negativesEmpty: 1 },
  // Rounds 48 and 49 (same files), first read by the engine after round 46/47's fixes.
  'round 48 (Spanish, unseen)': { precision: 0.889, recall: 0.727, f1: 0.8, negativesEmpty: 1 },
  'round 49 (French, unseen)': { precision: 1, recall: 0.833, f1: 0.909, negativesEmpty: 1 },
  // Rounds 51–53 (languages.round5.foreign.table.ts), first read by the engine of df0e310 (rounds 36–49 merged).
  'round 51 (German, unseen)': { precision: 0.923, recall: 0.75, f1: 0.828, negativesEmpty: 0.833 },
  'round 52 (Spanish, unseen)': { precision: 0.857, recall: 0.8, f1: 0.828, negativesEmpty: 1 },
  'round 53 (French, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 0.833 },
  // Rounds 54–56 (same file), written after rounds 51–53's fixes and first read by the engine of ea5661b.
  'round 54 (German, unseen)': { precision: 0.769, recall: 0.769, f1: 0.769, negativesEmpty: 0.8 },
  'round 55 (Spanish, unseen)': { precision: 0.833, recall: 0.714, f1: 0.769, negativesEmpty: 0.6 },
  'round 56 (French, unseen)': { precision: 0.75, recall: 0.692, f1: 0.72, negativesEmpty: 0.6 },
  // Rounds 57–59 (same file), written after rounds 54–56's fixes and first read by the engine of a3c322f.
  'round 57 (German, unseen)': { precision: 0.818, recall: 0.6, f1: 0.692, negativesEmpty: 0.833 },
  'round 58 (Spanish, unseen)': { precision: 0.75, recall: 0.692, f1: 0.72, negativesEmpty: 0.8 },
  'round 59 (French, unseen)': { precision: 0.75, recall: 0.75, f1: 0.75, negativesEmpty: 0.6 },
  // Rounds 60–62 (same file), written after rounds 57–59's fixes and first read by the engine of 6441f6b.
  'round 60 (German, unseen)': { precision: 0.75, recall: 0.692, f1: 0.72, negativesEmpty: 0.4 },
  'round 61 (Spanish, unseen)': { precision: 0.909, recall: 0.909, f1: 0.909, negativesEmpty: 0.8 },
  'round 62 (French, unseen)': { precision: 0.818, recall: 0.692, f1: 0.75, negativesEmpty: 0.8 },
  // Rounds 63–65 (same file), written after rounds 60–62's and r7b's fixes and first read by the engine of e59bcc0.
  'round 63 (German, unseen)': { precision: 0.889, recall: 1, f1: 0.941, negativesEmpty: 1 },
  'round 64 (Spanish, unseen)': { precision: 1, recall: 0.75, f1: 0.857, negativesEmpty: 1 },
  'round 65 (French, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 71–73 (languages.round6.foreign.table.ts), written before the engine read them; first read by the engine of
  // 30c7768.
  'round 71 (German, unseen)': { precision: 0.9, recall: 0.692, f1: 0.783, negativesEmpty: 0.889 },
  'round 72 (Spanish, unseen)': { precision: 0.5, recall: 0.583, f1: 0.538, negativesEmpty: 0.333 },
  'round 73 (French, unseen)': { precision: 0.7, recall: 0.583, f1: 0.636, negativesEmpty: 0.778 },
  // Rounds 74–76 (same file), written after rounds 71–73's fixes and first read by the engine of 2be64de.
  'round 74 (German, unseen)': { precision: 0.8, recall: 0.889, f1: 0.842, negativesEmpty: 0.857 },
  'round 75 (Spanish, unseen)': { precision: 0.778, recall: 0.636, f1: 0.7, negativesEmpty: 0.833 },
  'round 76 (French, unseen)': { precision: 0.625, recall: 0.5, f1: 0.556, negativesEmpty: 0.667 },
  // Rounds 77–79 (same file), written after rounds 74–76's fixes and first read by the engine of 57efe29.
  'round 77 (German, unseen)': { precision: 0.8, recall: 0.727, f1: 0.762, negativesEmpty: 1 },
  'round 78 (Spanish, unseen)': { precision: 0.625, recall: 0.5, f1: 0.556, negativesEmpty: 0.833 },
  'round 79 (French, unseen)': { precision: 0.333, recall: 0.3, f1: 0.316, negativesEmpty: 0.5 },
  // Rounds 80–82 (same file), written after rounds 77–79's fixes and first read by the engine of a59a1d7: the latest
  // honest figures of the engine on new text.
  'round 80 (German, unseen)': { precision: 0.857, recall: 0.6, f1: 0.706, negativesEmpty: 1 },
  'round 81 (Spanish, unseen)': { precision: 0.889, recall: 0.8, f1: 0.842, negativesEmpty: 0.8 },
  'round 82 (French, unseen)': { precision: 0.889, recall: 0.8, f1: 0.842, negativesEmpty: 0.8 },
  // Rounds 83–85 (languages.round7.foreign.table.ts), written before the engine read them; first read by the engine of
  // 3f6f144 (rounds 80–82's fixes).
  'round 83 (German, unseen)': { precision: 0.786, recall: 0.846, f1: 0.815, negativesEmpty: 0.875 },
  'round 84 (Spanish, unseen)': { precision: 0.833, recall: 0.833, f1: 0.833, negativesEmpty: 0.875 },
  'round 85 (French, unseen)': { precision: 1, recall: 0.917, f1: 0.957, negativesEmpty: 1 },
  // Rounds 86–88 (same file), written after rounds 83–85's fixes and first read by the engine of c9202a7.
  'round 86 (German, unseen)': { precision: 1, recall: 0.818, f1: 0.9, negativesEmpty: 1 },
  'round 87 (Spanish, unseen)': { precision: 1, recall: 0.556, f1: 0.714, negativesEmpty: 1 },
  'round 88 (French, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 89–91 (same file), written after rounds 86–88's fixes and first read by the engine of 80d268e: the latest
  // honest figures of the engine on new text.
  'round 89 (German, unseen)': { precision: 0.889, recall: 0.889, f1: 0.889, negativesEmpty: 0.8 },
  'round 90 (Spanish, unseen)': { precision: 1, recall: 0.556, f1: 0.714, negativesEmpty: 1 },
  'round 91 (French, unseen)': { precision: 0.857, recall: 0.667, f1: 0.75, negativesEmpty: 1 },
  // Rounds 92–94 (languages.round8.foreign.table.ts), written before the engine read them; first read by the engine of
  // 451462b (rounds 89–91's fixes merged).
  'round 92 (German, unseen)': { precision: 0.8, recall: 0.667, f1: 0.727, negativesEmpty: 1 },
  'round 93 (Spanish, unseen)': { precision: 0.846, recall: 0.846, f1: 0.846, negativesEmpty: 0.75 },
  // Round 94's first run is recounted with one row's answer corrected after it by TIMELINE-CONVENTIONS.md ("in /
  // within N days": "dans les quinze jours suivant cette date" is t + 15, as thread round r8 reads "d'ici quinze
  // jours"; the row had a fortnight): as first counted, P 0.818 R 0.750 F1 0.783.
  'round 94 (French, unseen)': { precision: 0.909, recall: 0.833, f1: 0.87, negativesEmpty: 0.875 },
  // Rounds 95–97 (same file), written after rounds 92–94's fixes and first read by the engine of c592745.
  'round 95 (German, unseen)': { precision: 0.857, recall: 0.545, f1: 0.667, negativesEmpty: 0.833 },
  'round 96 (Spanish, unseen)': { precision: 0.714, recall: 0.5, f1: 0.588, negativesEmpty: 1 },
  'round 97 (French, unseen)': { precision: 0.889, recall: 0.8, f1: 0.842, negativesEmpty: 0.833 },
  // Rounds 98–100 (same file), written after rounds 95–97's fixes and first read by the engine of e2d6802: the latest
  // honest figures of the engine on new text.
  'round 98 (German, unseen)': { precision: 0.889, recall: 0.727, f1: 0.8, negativesEmpty: 0.833 },
  'round 99 (Spanish, unseen)': { precision: 1, recall: 0.833, f1: 0.909, negativesEmpty: 1 },
  'round 100 (French, unseen)': { precision: 0.875, recall: 0.7, f1: 0.778, negativesEmpty: 0.833 },
  // Rounds 101–103 (languages.round9.foreign.table.ts), written before the engine read them; first read by the engine
  // of bfc8655 (rounds 92–100's fixes merged, de/fr/es response rows widened to the whole verb).
  'round 101 (German, unseen)': { precision: 0.929, recall: 0.929, f1: 0.929, negativesEmpty: 0.875 },
  'round 102 (Spanish, unseen)': { precision: 0.846, recall: 0.917, f1: 0.88, negativesEmpty: 0.875 },
  'round 103 (French, unseen)': { precision: 1, recall: 0.833, f1: 0.909, negativesEmpty: 1 },
  // Rounds 104–106 (same file), written after rounds 101–103's fixes and first read by the engine of c403c50: the
  // latest honest figures of the engine on new text.
  'round 104 (German, unseen)': { precision: 0.75, recall: 0.6, f1: 0.667, negativesEmpty: 0.667 },
  'round 105 (Spanish, unseen)': { precision: 0.75, recall: 0.6, f1: 0.667, negativesEmpty: 0.833 },
  'round 106 (French, unseen)': { precision: 0.889, recall: 0.727, f1: 0.8, negativesEmpty: 0.833 },
  // Rounds 121–123 (languages.round10.foreign.table.ts), whole messages written before the engine read them; first read
  // by the engine of c265e0a. Misses: a slot moved with a pronoun ("Wir würden es gern auf Montag … verlegen") read as
  // a choice beside the day it moves, a hold-off after "erst nach dem Ende der Bewerbungsfrist am 20." read as the
  // 20th, the candidate's "Sie erwähnten damals, dass Sie sich bis … melden würden" read as a promise, "el proceso de
  // selección se resolverá antes del 31", a window "desde esa entrevista" counted from the sending day, "no nos es
  // posible atender consultas telefónicas", "aucune suite ne pourra être donnée aux appels téléphoniques".
  'round 121 (German, unseen)': { precision: 0.846, recall: 0.846, f1: 0.846, negativesEmpty: 0.875 },
  'round 122 (Spanish, unseen)': { precision: 0.889, recall: 0.727, f1: 0.8, negativesEmpty: 1 },
  'round 123 (French, unseen)': { precision: 1, recall: 0.909, f1: 0.952, negativesEmpty: 1 },
  // Rounds 124–126 (same file), written after rounds 121–123's fixes and first read by the engine of 7c6dd8d: the latest
  // honest figures of the engine on new text. Misses: "eine verbindliche Zu- oder Absage" read as a rejection, "einen
  // Vertrag als … anbieten", "die Wahl auf eine Mitbewerberin gefallen"; "a las diez y media" without its clock, "Te
  // contamos que … entrevistas durante la primera quincena de julio" read as a promise, "Adjunto le remito la carta de
  // oferta", "Tenemos el agrado de ofrecerle", "se lo haremos llegar … en los próximos diez días", a psychometric test
  // "en nuestras oficinas" read as an interview, "esperes al menos diez días hábiles antes de escribirnos", "en ningún
  // caso por teléfono"; "avancer votre entretien de mardi 20 juin à vendredi 16 juin" read by chrono as one range,
  // "dix jours ouvrables après les épreuves".
  'round 124 (German, unseen)': { precision: 0.889, recall: 0.8, f1: 0.842, negativesEmpty: 1 },
  'round 125 (Spanish, unseen)': { precision: 0.625, recall: 0.455, f1: 0.526, negativesEmpty: 0.833 },
  'round 126 (French, unseen)': { precision: 0.889, recall: 0.8, f1: 0.842, negativesEmpty: 1 },
  // Rounds 127–129 (same file), written after rounds 124–126's fixes and first read by the engine of b7729fe: the latest
  // honest figures of the engine on new text. Misses: "Anfragen …, die uns telefonisch erreichen, … nicht bearbeiten
  // können", a "Lehrlingscasting" for all read as the candidate's interview; "corremos la entrevista del viernes para
  // el lunes 11, mismo horario (16 hs)"; "pas en mesure de traiter les demandes de suivi par téléphone", the
  // candidate's own "je vous transmets mes références d'ici vendredi" read as a promise.
  'round 127 (German, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 0.8 },
  'round 128 (Spanish, unseen)': { precision: 1, recall: 0.889, f1: 0.941, negativesEmpty: 1 },
  'round 129 (French, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 0.8 },
  // Rounds 130–132 (languages.round11.foreign.table.ts), whole messages written before the engine read them; first read
  // by the engine of e3ea19f. Misses: contract papers that "gehen Ihnen in den nächsten zehn Tagen … zu", a case study
  // to upload "bis Mittwoch, 22.11., 12:00 Uhr" read as an interview, the candidate's own "Über eine Rückmeldung bis
  // Ende des Monats würde ich mich freuen" / "votre retour d'ici vendredi si possible" read as promises; "me reincorporo
  // el lunes 27" after "hasta el 24", "Nos complace hacerle llegar una propuesta formal"; "nous proposons de le décaler
  // au lundi 27 novembre à 10h", "votre candidature … a été retenue" with a contract to sign, "pas possible de donner
  // suite aux sollicitations téléphoniques", "Merci … d'être venu nous rencontrer mardi" read as next Tuesday.
  'round 130 (German, unseen)': { precision: 0.857, recall: 0.923, f1: 0.889, negativesEmpty: 0.75 },
  'round 131 (Spanish, unseen)': { precision: 0.909, recall: 0.833, f1: 0.87, negativesEmpty: 1 },
  'round 132 (French, unseen)': { precision: 0.818, recall: 0.75, f1: 0.783, negativesEmpty: 0.75 },
  // Rounds 133–135 (same file), written after rounds 130–132's fixes and first read by the engine of 4cade13: the latest
  // honest figures of the engine on new text. Misses: "Von telefonischen Nachfragen – auch über unsere Zentrale – bitten
  // wir abzusehen", "freuen wir uns, Ihnen hiermit die Stelle … zu den besprochenen Konditionen anzubieten"; "las
  // llamadas sobre procesos de selección no se atienden"; "Votre entretien du 12 septembre est maintenu, mais
  // l'horaire change : … à 16h au lieu de 10h", "dans les cinq jours ouvrés suivant votre mise en situation du 14
  // septembre" read as the 14th, "n'est pas habilitée à renseigner les candidats par téléphone", "c'est votre
  // candidature que nous avons choisie". One expectation of round 135 was corrected after the run (the "mise en
  // situation du 14 septembre" a window counts from is the candidate's own slot by the French interview rows, so its
  // day is an interview too); the figure below counts it (as written: P .8, R .667, F1 .727).
  'round 133 (German, unseen)': { precision: 1, recall: 0.818, f1: 0.9, negativesEmpty: 1 },
  'round 134 (Spanish, unseen)': { precision: 1, recall: 0.909, f1: 0.952, negativesEmpty: 1 },
  'round 135 (French, unseen)': { precision: 0.8, recall: 0.615, f1: 0.696, negativesEmpty: 1 },
  // Rounds 136–138 (languages.round12.foreign.table.ts), whole messages written before the engine read them; first read
  // by the engine of df8623f. Misses: "Sie hören aber in jedem Fall bis Ende März von uns", a Swiss "bis und mit
  // Freitag, 16. März, abwesend", "Auskünfte zum Stand des Verfahrens am Telefon nicht erteilen", an online test due
  // "bis Sonntag, 11.03.2029, 23:59 Uhr" read as an interview; "tendrás noticias nuestras la semana que viene"; "il est
  // avancé d'une heure … à 9h au lieu de 10h", "nous reviendrons vers vous au plus tard début avril", "nous sommes au
  // regret de ne pouvoir y réserver une suite favorable". One expectation of round 138 was corrected after the run:
  // "dans la semaine qui suit" a jury on 20 March is "the following week" of TIMELINE-CONVENTIONS.md (Friday of the
  // week after, 30 March), not seven days on; the figures below are as written (corrected: P 1, R .8, F1 .889).
  'round 136 (German, unseen)': { precision: 0.9, recall: 0.75, f1: 0.818, negativesEmpty: 0.857 },
  'round 137 (Spanish, unseen)': { precision: 1, recall: 0.917, f1: 0.957, negativesEmpty: 1 },
  'round 138 (French, unseen)': { precision: 0.917, recall: 0.733, f1: 0.815, negativesEmpty: 1 },
  // Rounds 139a–139c (same file), written after rounds 136–138's fixes and first read by the engine of ac18c54: the
  // latest honest figures of the engine on new text. Misses: a Personio "Do., 13. Sep. 2029 · 14:00–15:00 (MESZ)" read
  // without its time, "Nach Ende der Ausschreibungsfrist am 21.09." read as an interview, "Hotline kann leider keine
  // Fragen zu laufenden Bewerbungsverfahren beantworten", "die Stelle anderweitig zu besetzen", "die Position … anbieten
  // zu dürfen", a photo studio's "Termin am Samstag, 15.09.2029, um 11:00 Uhr" read as an interview; "el proceso … tiene
  // una duración aproximada de tres semanas", "El comité aprobó tu contratación", "concluida la etapa de entrevistas,
  // el 21 de septiembre" read as an interview, "hasta el viernes 14 de septiembre (incluido)", a university "Taller …
  // jueves 20 de septiembre, 18:00 h" read as an interview; "ne pas solliciter nos équipes avant l'annonce des
  // résultats, prévue le 28 septembre" read as a promise, "Je suis en mission jusqu'au … inclus". One expectation of
  // round 139 was corrected after the run: "voraussichtlich Anfang Oktober" is "at the beginning of" a month in
  // TIMELINE-CONVENTIONS.md (the 5th, as the German rows of earlier rounds read "Anfang Mai", "Anfang Oktober"), not
  // "early" (the 10th); the figures below are as written (corrected: P .7, R .636, F1 .667).
  'round 139 (German, unseen)': { precision: 0.6, recall: 0.545, f1: 0.571, negativesEmpty: 0.857 },
  'round 139b (Spanish, unseen)': { precision: 0.833, recall: 0.769, f1: 0.8, negativesEmpty: 0.833 },
  'round 139c (French, unseen)': { precision: 0.917, recall: 0.846, f1: 0.88, negativesEmpty: 1 },
  // Rounds 171–173 (languages.round13.foreign.table.ts), whole messages written before the engine read them; first read
  // by the engine of 97eaa7c. Misses: an Austrian "Können wir stattdessen auf Montag, 28. Jänner, 9 Uhr ausweichen?"
  // (no slot), "Telefonische Auskünfte …, ganz gleich ob über …, sind uns … nicht möglich", an offer's "Zusage bis
  // Mittwoch, 23.01." read as a promise; "¿Te acomoda el miércoles 23 de enero a las 12:00 hrs?" after a cancelled
  // day (no slot), "Estaré de vuelta en la oficina el lunes 28 de enero"; "sous 72 heures à l'issue de cette
  // rencontre" (the interview of the sentence before) counted from the sent date, "Les appels au standard … ne
  // pourront … pas être pris en compte", "n'est joignable que par e-mail".
  'round 171 (German, unseen)': { precision: 0.923, recall: 0.857, f1: 0.889, negativesEmpty: 1 },
  'round 172 (Spanish, unseen)': { precision: 1, recall: 0.867, f1: 0.929, negativesEmpty: 1 },
  'round 173 (French, unseen)': { precision: 0.923, recall: 0.8, f1: 0.857, negativesEmpty: 1 },
  // Rounds 174–174c (same file), written after rounds 171–173's fixes and first read by the engine of ea8682a: the
  // latest honest figures of the engine on new text. Misses: "Am 24. Oktober tagt unser Personalausschuss … Mit einer
  // Entscheidung können Sie etwa eine Woche später rechnen" read as the 24th, "Ich gehe aber davon aus, dass wir Ihnen
  // in der ersten Novemberhälfte Bescheid geben können", a Swiss holiday "vom 14. bis 25. Oktober" four days ahead
  // read as a hold-off, "keine Kapazitäten hat, Bewerberanrufe zu beantworten", "dass Ihr Profil nicht ganz dem
  // entspricht, was wir … suchen"; "Durante los quince días calendario siguientes publicaremos …", "que no nos
  // escribas … durante las próximas dos semanas", "Me incorporo de nuevo el lunes 21 de octubre", "la central
  // telefónica no está habilitada para consultas"; "il se tiendra finalement le lundi 21 octobre à 10h30, et non le
  // vendredi 18", "avant la Toussaint", "dès mon retour, le lundi 21" read as a promise, "ne contacter nos managers
  // ni par téléphone ni sur leur mobile".
  'round 174 (German, unseen)': { precision: 0.75, recall: 0.6, f1: 0.667, negativesEmpty: 0.833 },
  'round 174b (Spanish, unseen)': { precision: 1, recall: 0.6, f1: 0.75, negativesEmpty: 1 },
  'round 174c (French, unseen)': { precision: 0.875, recall: 0.636, f1: 0.737, negativesEmpty: 1 },
  // Rounds 181–183 (languages.round14.foreign.table.ts), whole messages written before the engine read them; first read
  // by the engine of 9df1dce. Misses: "Von telefonischen Rückfragen bitten wir – auch im Hinblick auf … – abzusehen"; "la
  // entrevista programada para el jueves 20 de junio a las 10:00 hrs. se pospone al lunes 24 de junio, a la misma hora"
  // read as the old slot, "no realice consultas telefónicas sobre el estado del proceso", the candidate's quoted
  // "estaré disponible a partir del lunes 17 de junio" read as a hold-off; "dès que possible, et en tout état de cause
  // avant la fin de la semaine prochaine", "notre réception téléphonique n'est pas en mesure de renseigner les candidats".
  'round 181 (German, unseen)': { precision: 1, recall: 0.909, f1: 0.952, negativesEmpty: 1 },
  'round 182 (Spanish, unseen)': { precision: 0.75, recall: 0.75, f1: 0.75, negativesEmpty: 0.8 },
  'round 183 (French, unseen)': { precision: 1, recall: 0.8, f1: 0.889, negativesEmpty: 1 },
  // Rounds 191–193 (languages.round15.foreign.table.ts), whole messages written before the engine read them; first read
  // by the engine of 1753b58 (table committed in d7c10d8). Misses: Austrian "Wir ersuchen Sie, von telefonischen
  // Anfragen zum Stand Ihrer Bewerbung Abstand zu nehmen" (no no-calls), "Bitte warten Sie mit Rückfragen bis nach dem
  // Ende der Frist" (the deadline of the sentence before, 4 October) read as the deadline day instead of the day after,
  // an offer's start date "Wir möchten Sie ab dem 1. November 2030 … begrüßen" read as a promise; an out-of-office
  // "fuera de la oficina hasta el viernes 27 de septiembre … Retomo mis labores el lunes 30 de septiembre" read as the
  // 27th. French: no miss.
  'round 191 (German, unseen)': { precision: 0.818, recall: 0.818, f1: 0.818, negativesEmpty: 1 },
  'round 192 (Spanish, unseen)': { precision: 0.917, recall: 0.917, f1: 0.917, negativesEmpty: 1 },
  'round 193 (French, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 194–194c (same file), written after rounds 191–193's fixes and first read by the engine of 9d652f5. Misses:
  // "Bis zum 20. November führen wir noch Gespräche … Wir bitten Sie daher, sich nicht vorher bei uns zu melden" (no
  // hold-off), "Bitte verzichten Sie auf telefonische Anfragen" (no no-calls); an out-of-office "de vacaciones del 4
  // al 15 de noviembre. A mi regreso, el lunes 18, atenderé tu mensaje" read as the 15th; "Je suis en vacances
  // jusqu'au 15 novembre inclusivement. De retour le lundi 18 novembre." read as the 16th.
  'round 194 (German, unseen)': { precision: 1, recall: 0.8, f1: 0.889, negativesEmpty: 1 },
  'round 194b (Spanish, unseen)': { precision: 0.909, recall: 0.909, f1: 0.909, negativesEmpty: 1 },
  'round 194c (French, unseen)': { precision: 0.909, recall: 0.909, f1: 0.909, negativesEmpty: 1 },
  // Rounds 211–213 (languages.round16.foreign.table.ts), the lead's German, Spanish and French whole messages, written
  // after rounds 191–194c's and r44–r49's fixes and first read by the engine of ad0653d. Misses: "Der Entscheid fällt
  // an der Sitzung vom 23. Mai; wir informieren Sie in den darauffolgenden zwei Arbeitstagen" read as the 23rd, and
  // "Estamos terminando la ronda de entrevistas; a más tardar el viernes 19 te escribo" (others' interviews before
  // the ";" hid the promise after it).
  'round 211 (German, lead, unseen)': { precision: 0.889, recall: 0.889, f1: 0.889, negativesEmpty: 1 },
  'round 212 (Spanish, lead, unseen)': { precision: 1, recall: 0.875, f1: 0.933, negativesEmpty: 1 },
  'round 213 (French, lead, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 231–233 (languages.round17.foreign.table.ts): new senders (Liechtenstein, South Tyrol, Luxembourg, corporate
  // ATS, public authorities, universities, Latin America, Equatorial Guinea, the Maghreb, West Africa, Québec), first
  // read by the engine of 6620a40. Misses: "Wir werden Sie innerhalb von drei Wochen über den weiteren Verlauf
  // informieren" (no promise), "Das strukturierte Auswahlgespräch findet am Dienstag, dem 20. Juni 2028, ab 10:00 Uhr
  // … statt" (no interview); a public "oposición" exam date for all candidates read as an interview, "Te enviaremos la
  // carta oferta formal a más tardar el martes 13" (no promise); "nous ne donnerons, sous aucune forme …, suite aux
  // demandes d'information par téléphone" (no no-calls), "nous ne pouvons donner suite à votre candidature" (no
  // rejection).
  'round 231 (German, unseen)': { precision: 1, recall: 0.833, f1: 0.909, negativesEmpty: 1 },
  'round 232 (Spanish, unseen)': { precision: 0.917, recall: 0.917, f1: 0.917, negativesEmpty: 0.833 },
  'round 233 (French, unseen)': { precision: 1, recall: 0.818, f1: 0.9, negativesEmpty: 1 },
  // Rounds 234–234c (same file), written after rounds 231–233's fixes and first read by the engine of b3e87af.
  // Misses: "Telefonische Auskünfte … können wir – auch auf wiederholte Nachfrage – leider nicht erteilen" (no
  // no-calls), "einen Ausbildungsplatz zum 1. August 2029 anbieten. Ihren Ausbildungsvertrag erhalten Sie in den
  // kommenden Tagen" (no offer; the start day read as the promise), a list of test days for all read as an
  // interview; "reprogramar la entrevista que teníamos el lunes 6 … La nueva fecha sería el martes 7 … a las 3:00
  // p. m." (no interview), "no nos es posible, por ningún motivo, atender llamadas telefónicas" (no no-calls), "El
  // lunes te llega por mail la propuesta formal" (no promise); "La commission se réunira le mardi 14 novembre. La
  // liste … vous sera notifiée au plus tard une semaine après" and "dans les deux semaines suivant la fermeture de
  // l'affichage, le 10 novembre" (both counted from the day of writing).
  'round 234 (German, unseen)': { precision: 0.8, recall: 0.727, f1: 0.762, negativesEmpty: 0.857 },
  'round 234b (Spanish, unseen)': { precision: 1, recall: 0.727, f1: 0.842, negativesEmpty: 1 },
  'round 234c (French, unseen)': { precision: 0.818, recall: 0.818, f1: 0.818, negativesEmpty: 1 },
  // Rounds 241–243 (languages.round18.foreign.table.ts): new senders (Austria's public service and AMS, Swiss cantons,
  // an SBB-style corporate, SuccessFactors, Personio/Recruitee/Greenhouse in the Du-form, a Meisterbetrieb, clinics;
  // Spain's regions, Chile, Peru, Colombia, Argentina, Mexico, Paraguay, Bolivia, the Caribbean; the fonction publique
  // territoriale, Belgium, Romandie, Québec, Cameroon, Madagascar, Algeria, Haiti), first read by the engine of
  // d23df6d. Misses: "dass wir Anfragen zum Stand Ihrer Bewerbung, ob per Telefon oder persönlich …, grundsätzlich
  // nicht beantworten können" (no no-calls), a dentist's "Ihr Termin in der Zahnarztpraxis … am Dienstag, 20. März
  // 2029 um 10:15 Uhr ist bestätigt" read as an interview; "Te vamos a contar cómo te fue en un plazo de dos semanas"
  // (no promise), "Le rogamos que no, por ningún motivo y en ninguna etapa del proceso, se comunique por teléfono" (no
  // no-calls), "Él tiene hasta el viernes 23 … y nosotros te avisamos el lunes siguiente" read as the coming Monday;
  // "Les candidats ne sont en aucun cas … autorisés à joindre par téléphone les membres du jury" (no no-calls), a
  // planning of others' interviews "de jeudi 15 mars … 9h – Mme Durand" read as a promise, a doctor's "Vous avez
  // rendez-vous avec le Dr Martin … le lundi 19 mars à 8h40" read as an interview. One more "miss" was my
  // expectation: "lors de sa réunion du lundi 19 mars. Nous vous ferons part de sa décision dans la semaine qui suit"
  // is the week after the 19th's, ending Friday 30 March, as the engine read it (TIMELINE-CONVENTIONS.md "the
  // following week"), not 26 March; corrected after the run, the figures below stay as measured (against the
  // corrected row, French: 0.818 / 0.9 / 0.857, 0.75).
  'round 241 (German, unseen)': { precision: 0.909, recall: 0.909, f1: 0.909, negativesEmpty: 0.875 },
  'round 242 (Spanish, unseen)': { precision: 0.889, recall: 0.727, f1: 0.8, negativesEmpty: 1 },
  'round 243 (French, unseen)': { precision: 0.727, recall: 0.8, f1: 0.762, negativesEmpty: 0.75 },
  // Rounds 244–244c (same file), written after rounds 241–243's fixes and the German rules of round 241's probe, first
  // read by the engine of 02c9e10. Misses: "Telefonate mit den Stationsleitungen zum Stand Ihrer Bewerbung sind …
  // leider nicht vorgesehen" (no no-calls), "bis einschließlich 15. Juni nicht im Haus. Ab Montag, 18. Juni, kümmere
  // ich mich …" read as the 16th, "Ihren Arbeitsvertrag lassen wir Ihnen bis Ende nächster Woche per Post zukommen" (no
  // promise), a StepStone "Live-Session … am Donnerstag, 14. Juni, um 12:30 Uhr live auf YouTube" and a garage's
  // "Werkstatttermin für den Reifenwechsel am Samstag, 9. Juni, um 8:30 Uhr" read as interviews; "en el plazo de un mes
  // desde la última entrevista, prevista para el 15 de junio" counted from the day of writing, "no brindará información
  // … a través de llamadas telefónicas" (no no-calls), a "Charla virtual gratuita … Jueves 14 de junio, 6:00 p. m."
  // read as an interview; the Forem's "séance collective « Se préparer à l'entretien d'embauche » du jeudi 7 juin à 9h"
  // read as an interview, "Nous ne répondrons à aucune sollicitation téléphonique" (no no-calls), "en congé annuel du 3
  // au 21 juin … je vous répondrai dès ma reprise, le dimanche 24 juin" read as a promise instead of the day back,
  // Indeed's advice "relancez le recruteur dans une semaine" and a concours calendar's "Résultats d'admissibilité : 12
  // septembre 2029" read as promises, a garage's "rendez-vous au centre auto Norauto … le samedi 9 juin à 10h" read as
  // an interview.
  'round 244 (German, unseen)': { precision: 0.727, recall: 0.727, f1: 0.727, negativesEmpty: 0.714 },
  'round 244b (Spanish, unseen)': { precision: 0.833, recall: 0.833, f1: 0.833, negativesEmpty: 0.833 },
  'round 244c (French, unseen)': { precision: 0.643, recall: 0.818, f1: 0.72, negativesEmpty: 0.429 },
  // Rounds 291–293 (languages.round19.foreign.table.ts): new senders and layouts (SuccessFactors, Workday, softgarden,
  // d.vinci, rexx, Umantis, BITE, Personio; Uruguay, Ecuador, Venezuela, Costa Rica, Guatemala, the Canaries, Galicia,
  // Valencia, Laborum, Bumeran, Magneto; Luxembourg, Monaco, Senegal, Côte d'Ivoire, Tunisia, Morocco, New Caledonia,
  // La Réunion, Welcome to the Jungle, Talentsoft, jobup.ch), first read by the engine of fc324a9. Misses: "Telefonische
  // Nachfragen zum Stand des Verfahrens – auch bei … – bitten wir, im Interesse eines zügigen Ablaufs, zu unterlassen"
  // (no no-calls), "Sie müssen uns nicht anrufen: Wir melden uns vor Freitag, 23. November" (no hold-off), a
  // Mitarbeitergespräch and a hairdresser's "wir freuen uns auf dich am Samstag, 17. November, um 11:30 Uhr" read as
  // interviews; "Daniela … te llama el jueves para cuadrar la prueba técnica" read as an interview instead of a promise,
  // "No hace falta que nos llames …: te enviaremos la respuesta antes del viernes 23" (hold-off found, no promise), "se
  // abstenga de llamar por teléfono a nuestras sucursales" (no no-calls), an "entrevista de salida", a gestoría's "cita
  // … para la firma" and a journalist's "hacerte una entrevista" read as interviews; "Inutile de nous relancer : nous vous
  // écrirons avant le vendredi 23 novembre" (hold-off found, no promise), an "entretien annuel d'évaluation" and a
  // notary's "rendez-vous à l'étude de Maître Lefèvre" read as interviews.
  'round 291 (German, unseen)': { precision: 0.833, recall: 0.833, f1: 0.833, negativesEmpty: 0.667 },
  'round 292 (Spanish, unseen)': { precision: 0.692, recall: 0.75, f1: 0.72, negativesEmpty: 0.5 },
  'round 293 (French, unseen)': { precision: 0.867, recall: 0.929, f1: 0.897, negativesEmpty: 0.667 },
  // Rounds 294–294c (same file), written after rounds 291–293's fixes, first read by the engine of 6c5d0fd. Misses:
  // "Die Berufungskommission tagt am 26. Februar; … innerhalb von drei Wochen nach dieser Sitzung" counted from the day
  // of writing, a two-day "Auswahlverfahren … am 25. und 26. Februar … Beginn ist am ersten Tag um 7:30 Uhr" read as
  // two alternatives (no interview), a physiotherapy "Terminbestätigung … Krankengymnastik", an Assessment-Center "für
  // alle zugelassenen Bewerberinnen und Bewerber … vom 18. bis 22. Februar" and a UX "Nutzerinterview" read as
  // interviews; "No nos escribas hasta que cierre la convocatoria el viernes 15" (no hold-off), "a las 15h00" (no
  // clock), "la prueba técnica del miércoles 13" read as an interview beside the promise, "agradecemos no realizar,
  // bajo ninguna circunstancia, llamadas" (no no-calls), "el puesto … es tuyo" (no offer), Mexico's "Mañana te marca
  // Rodrigo … para agendar tu entrevista" and a trial English class read as interviews; "dans la semaine suivant cette
  // date" after "Les entretiens se termineront le vendredi 15 février" (nothing), "Inutile de passer à nos bureaux ni
  // de nous appeler : nous vous contacterons …" (no hold-off), "Mme Koné vous appelle demain matin pour fixer … la date
  // de l'entretien" read as an interview, "Dès son retour, le lundi 18 février, il vous répondra sous une semaine"
  // read as the 18th, an "entretien professionnel" and an orthodontist's "rendez-vous" read as interviews, the
  // candidate's own "je vous rappellerai le lundi 11 février" read as a promise. Two "misses" were my expectations,
  // corrected after the run (figures below stay as measured): "la prueba técnica del miércoles 13" is the candidate's
  // test, an interview as an assessment centre is (Spanish against the corrected row: 0.75 / 0.643 / 0.692, 0.833); "je
  // vous rappellerai le lundi 11 février", signed with a name alone, reads as the employer's promise as every round
  // text does (French: 0.692 / 0.692 / 0.692, 0.6).
  'round 294 (German, unseen)': { precision: 0.692, recall: 0.818, f1: 0.75, negativesEmpty: 0.5 },
  'round 294b (Spanish, unseen)': { precision: 0.667, recall: 0.615, f1: 0.64, negativesEmpty: 0.833 },
  'round 294c (French, unseen)': { precision: 0.615, recall: 0.667, f1: 0.64, negativesEmpty: 0.5 },
  // Round 50 (languages.round5.en.table.ts), first read by the engine of df0e310 (rounds 36–49 and r5's fixes).
  'round 50 (English, unseen)': { precision: 0.806, recall: 0.758, f1: 0.781, negativesEmpty: 0.867 },
  // Round 50b (same file), first read by the engine after round 50's fixes (f1e5d2f and the commits after it).
  'round 50b (English, unseen)': { precision: 0.739, recall: 0.68, f1: 0.708, negativesEmpty: 0.857 },
  // Round 50c (same file), first read by the engine after round 50b's fixes.
  'round 50c (English, unseen)': { precision: 0.905, recall: 0.76, f1: 0.826, negativesEmpty: 0.929 },
  // Round 50d (same file), first read by the engine after round 50c's fixes.
  'round 50d (English, unseen)': { precision: 0.947, recall: 0.9, f1: 0.923, negativesEmpty: 0.923 },
  // Round 50e (same file), first read by the engine after round 50d's fixes.
  'round 50e (English, unseen)': { precision: 0.9, recall: 0.947, f1: 0.923, negativesEmpty: 0.917 },
  // Round 70 (languages.round6.en.table.ts), whole messages from new layouts, first read by the engine of 30c7768.
  'round 70 (English, unseen)': { precision: 0.6, recall: 0.625, f1: 0.612, negativesEmpty: 0.647 },
  // Round 70b (same file), first read by the engine after round 70's fixes.
  'round 70b (English, unseen)': { precision: 0.7, recall: 0.609, f1: 0.651, negativesEmpty: 0.692 },
  // Round 70c (same file), first read by the engine after round 70b's fixes.
  'round 70c (English, unseen)': { precision: 0.65, recall: 0.565, f1: 0.605, negativesEmpty: 0.583 },
  // Round 70d (same file), first read by the engine after round 70c's fixes.
  'round 70d (English, unseen)': { precision: 0.636, recall: 0.583, f1: 0.609, negativesEmpty: 0.667 },
  // Round 70e (same file), first read by the engine after round 70d's fixes.
  'round 70e (English, unseen)': { precision: 0.682, recall: 0.714, f1: 0.698, negativesEmpty: 0.727 },
  // Round 70f (same file), first read by the engine after round 70e's fixes: the honest figure of this engine.
  'round 70f (English, unseen)': { precision: 0.706, recall: 0.632, f1: 0.667, negativesEmpty: 0.727 },
  // Round 100 (languages.round7.en.table.ts), whole messages from new layouts, first read by the engine of 8494ef0.
  'round 100 (English, unseen)': { precision: 0.667, recall: 0.667, f1: 0.667, negativesEmpty: 0.933 },
  // Round 100b (same file), first read by the engine after round 100's fixes (02fd205).
  'round 100b (English, unseen)': { precision: 0.882, recall: 0.625, f1: 0.732, negativesEmpty: 1 },
  // Round 100c (same file), first read by the engine after round 100b's fixes (06ea451).
  'round 100c (English, unseen)': { precision: 0.81, recall: 0.81, f1: 0.81, negativesEmpty: 0.846 },
  // Round 100d (same file), first read by the engine after round 100c's fixes (3bb82f3).
  'round 100d (English, unseen)': { precision: 0.85, recall: 0.68, f1: 0.756, negativesEmpty: 1 },
  // Round 100e (same file), first read by the engine after round 100d's fixes (b9ff040).
  'round 100e (English, unseen)': { precision: 0.724, recall: 0.875, f1: 0.792, negativesEmpty: 0.75 },
  // Round 100f (same file), first read by the engine after round 100e's fixes (f49ad68): the honest figure of this
  // engine on new text.
  'round 100f (English, unseen)': { precision: 0.684, recall: 0.542, f1: 0.605, negativesEmpty: 0.909 },
  // Round 110 (languages.round8.en.table.ts), the lead's own English sentences, one per class the issue names, first
  // read by the engine that merged rounds 92–100 and 100–100f (6a32029). Misses: a delivery "couriered to you", and
  // a promise hidden by "once the panel has met on the 26th" (read as past).
  // Round 140 (languages.lead.whole.table.ts), the lead's English whole messages, first read by the engine that
  // merged round 120 (3076d3f). Misses: a move "from Thursday 4 February at 10:00 to Monday 8 February at 14:00" after
  // "Daniel is now travelling on Thursday" gave no slot; "still meeting a few candidates on Thursday and Friday" gave
  // two slots; "Reference checks normally take about a week" gave no promise, which the project's round-38 ruling
  // says is right (a reference check's length promises no answer): that expectation was corrected after the run.
  'round 140 (English, lead, whole messages, unseen)': {
    precision: 0.895,
    recall: 0.895,
    f1: 0.895,
    negativesEmpty: 1,
  },
  // Round 144 (same file), written after round 140's fixes (ada8bb2) and first read then. The miss: "Your MOT is
  // booked for Tuesday 9 March at 08:30 at Kwik Garage" read as a slot (a booked service named by no listed word).
  'round 144 (English, lead, whole messages, unseen)': {
    precision: 0.941,
    recall: 1,
    f1: 0.97,
    negativesEmpty: 0.875,
  },
  // Rounds 141–143 (languages.lead.whole.table.ts), the lead's German, Spanish and French whole messages, first read
  // by the engine that merged rounds 120 and 130 (the merge of fx130). Misses: German "Bitte sehen Sie bis zum Ende der
  // Bewerbungsfrist am 15. Februar von Nachfragen ab" (no hold-off); French "Merci de ne pas nous relancer avant le
  // 20 février ; nous reviendrons vers chaque candidat d'ici la fin du mois" (the promise read as a second, later
  // hold-off) and "déplacer votre entretien du jeudi 4 février à 10h au lundi 8 février à 15h" (no slot).
  'round 141 (German, lead, whole messages, unseen)': {
    precision: 1,
    recall: 0.857,
    f1: 0.923,
    negativesEmpty: 1,
  },
  'round 142 (Spanish, lead, whole messages, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 143 (French, lead, whole messages, unseen)': {
    precision: 0.8,
    recall: 0.571,
    f1: 0.667,
    negativesEmpty: 1,
  },
  // Rounds 145–148 (same file), written after rounds 141–144's fixes (577d69d) and first read then. Misses: Spanish
  // "Estaré fuera de la oficina del 8 al 12 de marzo" (chrono-es read "del 8 al 12" as hours); English "Thanks for
  // confirming your interview on Tuesday 16 March at 9:30" (read as thanks for an interview held).
  'round 145 (German, lead, whole messages, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 146 (Spanish, lead, whole messages, unseen)': {
    precision: 1,
    recall: 0.833,
    f1: 0.909,
    negativesEmpty: 1,
  },
  'round 147 (French, lead, whole messages, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 148 (English, lead, whole messages, unseen)': {
    precision: 1,
    recall: 0.9,
    f1: 0.947,
    negativesEmpty: 1,
  },
  // Round 149 (languages.lead.whole.table.ts), the lead's English whole messages, first read after English round
  // 160 and rounds 136–139c were merged (d4fd4f7 and the r36–r38 fixes). Two rows missed as written. One was my
  // expectation's: a new slot asked as a question ("Instead of Thursday the 11th at 2pm, could you do Monday the 15th
  // at 10am ET?") is that slot by the phrase table's standing rows ("Can you make 9am Monday instead of Tuesday?"),
  // corrected after the run (P 1, R .9, F1 .947, negatives empty 1 with it). The other: an out-of-office "from March
  // 11 through March 22 … I'll reply when I'm back on March 23" gave nothing (a range "through", and a return pointed
  // at before the day: chronoDates.ts joint, classify.ts RETURN_BEFORE_DAY).
  'round 149 (English, lead, whole messages, unseen)': {
    precision: 0.889,
    recall: 0.889,
    f1: 0.889,
    negativesEmpty: 0.833,
  },
  'round 110 (English, lead, unseen)': { precision: 1, recall: 0.926, f1: 0.962, negativesEmpty: 1 },
  // Round 114 (same file), the lead's second English sentence round, first read after round 110's fixes (7ab53fa).
  // Misses: a window's anchor told in the past ("which for you was on Tuesday") read as the coming Tuesday, and a
  // promise already made ("we promised you news by the 1st and we missed it").
  'round 114 (English, lead, unseen)': { precision: 0.905, recall: 0.95, f1: 0.927, negativesEmpty: 0.9 },
  // Round 120 (languages.round9.en.table.ts), whole messages, first read by the engine of c265e0a.
  'round 120 (English, unseen)': { precision: 0.808, recall: 0.778, f1: 0.792, negativesEmpty: 0.8 },
  // Round 120b (same file), first read by the engine after round 120's fixes (ab27500).
  'round 120b (English, unseen)': { precision: 0.875, recall: 0.955, f1: 0.913, negativesEmpty: 0.846 },
  // Round 120c (same file), first read by the engine after round 120b's fixes (d98b669).
  'round 120c (English, unseen)': { precision: 0.783, recall: 0.783, f1: 0.783, negativesEmpty: 0.667 },
  // Round 120d (same file), first read by the engine after round 120c's fixes (9ead03d).
  'round 120d (English, unseen)': { precision: 0.895, recall: 0.895, f1: 0.895, negativesEmpty: 0.917 },
  // Round 120e (same file), first read by the engine after round 120d's fixes (9a1908a). Misses: an appointment
  // and an NHS acknowledgement's planned dates read as slots, a panel member's own sitting, 'would like to appoint you', an implicit rejection, 'not reachable by phone', 'by which
  // time …' and 'that day' promises, a hedged 'I'd hope to … by the end of the month', 'interview pack' delivery.
  'round 120e (English, unseen)': { precision: 0.778, recall: 0.667, f1: 0.718, negativesEmpty: 0.727 },
  // Round 120f (same file), first read by the engine after round 120e's fixes (3c6a426): the honest figure of this
  // engine on new whole messages. Misses: windows counted from a committee's or the interviews' end named in the
  // sentence, a hedged promise after a dashed aside, a hold-off 'not get in touch until after the 20th' read as a
  // promise, 'do not accept telephone applications or enquiries', the candidate's own 'references by Friday'.
  'round 120f (English, unseen)': { precision: 0.818, recall: 0.643, f1: 0.72, negativesEmpty: 0.9 },
  // Round 150 (languages.round10.en.table.ts), whole messages, first read by the engine of 30caa28. Misses: a
  // period 'interviews between 29 March and 9 April' in a receipt, others' interviews with a hedged 'once those wrap
  // up', a window from 'the closing date' stated a sentence before, 'you'll have it in your inbox by end of day
  // Friday', 'we ask that you not, under any circumstances, call', 'feedback is available on request until …', the
  // candidate's own 'grateful to hear back by the end of the month', a quoted proposal, a newsletter's 'within a week'.
  'round 150 (English, unseen)': { precision: 0.786, recall: 0.846, f1: 0.815, negativesEmpty: 0.714 },
  // Round 160 (languages.round11.en.table.ts), whole messages, first read by the engine of df8623f. Misses: 'within
  // one week of interview' and 'within five working days of that meeting' (the event dated in the message or the
  // sentence before), 'will reach out … once she's back', 'returning Monday 27th September', a hold-off 'give the
  // panel ten working days … before following up' read as a promise, 'not in a position … to respond to phone calls',
  // 'no phone line for candidate queries', a slot list in 'hrs' and 'Revert … by EOD tomorrow', others' interviews
  // with 'in touch after that', a newsletter's 'in a week', a webinar's and a calendar digest's times read as slots.
  'round 160 (English, unseen)': { precision: 0.704, recall: 0.731, f1: 0.717, negativesEmpty: 0.667 },
  // Round 170 (languages.round12.en.table.ts), whole messages, first read by the engine of 97eaa7c. Misses: a
  // flattened-HTML bullet 'When: Wed 17 Nov, 9:30am AEDT' under 'What: Final interview', the declined slot in
  // "can't make our 2pm tomorrow" kept beside the new one, an absence 'Wednesday 10 November - Tuesday 16 November'
  // (spaced dash between weekday dates), office hours 'Monday to Friday, 8:30 a.m.–4:30 p.m.' read as an interview.
  'round 170 (English, unseen)': { precision: 0.92, recall: 0.92, f1: 0.92, negativesEmpty: 0.933 },
  // Round 180 (languages.round13.en.table.ts), whole messages, first read by the engine of 9df1dce. Misses: a reschedule
  // 'push your final round, originally set for …. Could we do Monday, December 13 at 3:30 p.m. ET instead?', an
  // out-of-office 'OOO from Wed 8/12, back Mon 13/12', no-calls as 'no capacity to handle telephone enquiries' and
  // 'calls from candidates … will not be attended to'. No false finding.
  'round 180 (English, unseen)': { precision: 1, recall: 0.81, f1: 0.895, negativesEmpty: 1 },
  // Round 190 (languages.round14.en.table.ts), whole messages, first read by the engine of 1753b58. Misses: a promise
  // worded as a process ('… our GM, who normally signs off within a week, and I'll let you know the result straight
  // after that'), an out-of-office 'out of the office attending a client workshop … and will return on Tuesday, 14
  // March 2028', and 'on vacation Thursday March 9 to Friday March 17 inclusive, returning Monday March 20' read as
  // the day after the range instead of the stated return. One row's expectation was wrong by the conventions: 'If you
  // have not heard from us within 21 days of the closing date (24 March 2028), please consider your application
  // unsuccessful' is a response-by (as in rounds 38, 70, 100 and 120), which the engine found; counted here as a false one.
  'round 190 (English, unseen)': { precision: 0.931, recall: 0.9, f1: 0.915, negativesEmpty: 1 },
  // Round 190b (same file), whole messages, first read by the engine of bdbc931 (round 190's rules in). Misses: a Taleo
  // field 'Date and time: Monday, November 20, 2028 – 2:00 PM Eastern Standard Time' (a dash between day and clock),
  // no-calls as 'have no way to take calls about applications', an out-of-office 'tramping … from tomorrow and back
  // on deck Monday 20 November', and a schedule sent to the panel ('Dear Panel Members … Candidates have been advised
  // to arrive by 8:30am') read as the reader's slot.
  'round 190b (English, unseen)': { precision: 0.955, recall: 0.875, f1: 0.913, negativesEmpty: 0.917 },
  // Round 200 (languages.round16.en.table.ts), the lead's English whole messages, written after rounds 190–194c's
  // fixes and first read by the merged engine of 278a37b. Misses: "the 2pm slot on Friday is no longer available, so
  // I've moved you to 3pm the same day" (no slot), a blog's "how long to wait before following up (hint: about a
  // week)" read as a hold-off, a careers page's "we aim to answer emails within 2 business days" beside its office
  // hours read as a promise, "We're interviewing the last two candidates on Friday and Monday, so please bear with us"
  // read as a promise by Monday.
  'round 200 (English, lead, unseen)': { precision: 0.87, recall: 0.952, f1: 0.909, negativesEmpty: 0.727 },
  // Round 210 (languages.round17.en.table.ts), the lead's second English round, written after round 200's and r49's
  // fixes and first read by the engine of 8ca7219 (22f1505's). The one "miss" was my expectation: "Your formal offer
  // letter will follow from HR this afternoon" is a delivery promise by issue 13's class 2, as the engine read it;
  // corrected after the run, the figures below stay as measured (against the corrected row: 1 / 1 / 1, 1).
  'round 210 (English, lead, unseen)': { precision: 0.957, recall: 1, f1: 0.978, negativesEmpty: 1 },
  // Round 220 (languages.round18.en.table.ts), the lead's third English round, written after rounds 200–213's fixes
  // and first read by the engine of 29fd587. Misses: "As the role closes on 16 June, please hold off on any follow-ups
  // until after that date" (no hold-off), "still interviewing a few other candidates this week and next" read as a
  // promise by Friday, "Your pay statement for the period ending June 9" read as an interview.
  'round 220 (English, lead, unseen)': { precision: 0.905, recall: 0.95, f1: 0.927, negativesEmpty: 0.778 },
  // Round 230 (languages.round19.en.table.ts), English whole messages, half of them negatives, written after round
  // 220's fixes and first read by the engine of 6620a40. Misses: a Paradox chat line "Olivia: 📅 Saturday, November
  // 18 at 10:00 AM" (no interview), "Maria will send you the brief by end of day tomorrow" (no delivery promise); a
  // newsletter's "questions to ask at the end of your interview on Friday" read as an interview, an agency's "we place
  // candidates within 2 weeks on average" read as a promise, an interview rota's "Mon 10:00 Aisha Khan" lines read as
  // three interviews, a conference's "Day 1: Tuesday 28 November, 9:00 AM" read as an interview, a Glassdoor review's
  // "Had a phone screen on a Monday" read as an interview.
  'round 230 (English, unseen)': { precision: 0.741, recall: 0.909, f1: 0.816, negativesEmpty: 0.75 },
  // Round 230b (same file), written after round 230's fixes and first read by the engine of f1fd832. Misses: "push
  // tomorrow's 10am to Monday, same time" (no slot), "within fourteen (14) days from the date of the interview" after
  // "the interview held on 29th November" (no promise); an Indeed line "Responsive employer: typically responds to
  // applications within 3 days", an exam office's "Results will be released by 15 January" and an agency's "Our
  // consultants respond to every CV within 24 hours" read as promises; "Jess is interviewing a candidate at 3pm on
  // Tuesday", "join the interview panel for the Data Engineer candidate on Thursday 7 December at 10:00" and a
  // webinar's "How to answer … in your interview" starts Tuesday … at 12:00 PM read as interviews.
  'round 230b (English, unseen)': { precision: 0.76, recall: 0.905, f1: 0.826, negativesEmpty: 0.667 },
  // Round 240 (languages.round20.en.table.ts), English whole messages, 15 of 37 rows negatives, written after round
  // 230b's fixes and first read by the engine of d23df6d. Misses: SuccessFactors' "January 18, 2029 (Thursday), 1:30
  // PM" read as the coming Thursday (the 11th), HireVue's "within 5 business days of the completion deadline" (the
  // deadline dated the sentence before: no promise); a hiring manager's note to the panel "sent to you in error" read
  // as a promise ("a decision early next week"), an interview-training course's "Week 1 … goes live on Monday,
  // January 15 at 7:00 PM" and "feedback within 48 hours", a relocation firm's home-finding tour, a gym class, a
  // clinic appointment (and its "test results within 5 working days"), an under-12s fixture and a jury summons read
  // as interviews.
  'round 240 (English, unseen)': { precision: 0.667, recall: 0.909, f1: 0.769, negativesEmpty: 0.533 },
  // Round 240b (same file), written after round 240's fixes and first read by the engine of 2f2541a. No positive
  // missed; false findings in 7 of 16 negatives: a visa centre's appointment (its "Dear Applicant … application form"
  // read as a job's words), a nursery's "settling-in visit" and "confirm her place within two weeks", a court listing
  // "for hearing at Dublin District Court", an interview coach's session and "feedback within 24 hours", a careers
  // centre's mock interview ("Careers Center" read as a job's word), a dental SMS "appointment Tue 2/6 at 4:30pm with
  // Dr. Chen", and a referee request ("named you as a referee. Could we call you on Thursday at 2pm? … a decision on
  // his application by Friday 16 February") read as the reader's slot and promise.
  'round 240b (English, unseen)': { precision: 0.677, recall: 1, f1: 0.808, negativesEmpty: 0.563 },
  // Round 250 (languages.round21.en.table.ts), the lead's fourth English round, two thirds negatives of kinds not
  // tried before, written after the thread rounds r56–r60 and first read by the engine of 5ad9e37. Every positive was
  // found; misses: a flat viewing ("your application"), a visa centre's appointment ("Dear Applicant"), a car's
  // "60,000 km service" and a jury summons read as interviews, the summons' "Do not call the jury office" as no-calls,
  // a junior football club's "Results will be posted … by Monday" as a promise. One miss was my expectation: the
  // offer's "I'll send the formal letter tomorrow" is a delivery promise (round 200's ruling); the row now says so.
  'round 250 (English, lead, unseen)': { precision: 0.563, recall: 1, f1: 0.72, negativesEmpty: 0.643 },
  // Round 250b (languages.round21b.en.table.ts), written after round 250's fixes and first read by the engine of
  // cf80763. Every positive was found; misses: a credit card's "Thank you for your application … decision within
  // 7–10 business days" and a call for papers' "authors will be notified of acceptance by 30 June" read as promises,
  // a student reporter's "a short interview … on Monday at 3pm" as an interview.
  'round 250b (English, lead, unseen)': { precision: 0.727, recall: 1, f1: 0.842, negativesEmpty: 0.727 },
  // Round 260 (languages.round22.en.table.ts), the lead's third English round of this pass, its negatives interviews in
  // other senses, written after the helpers' rounds 240–244c were merged and first read by the engine of ebc2543.
  // Misses: an exit interview, a visa interview, a child's admissions interview (and its "Decisions will be mailed by
  // October 20"), a mortgage adviser's fact-find interview, a stay interview, a research study's interview, an
  // informational call and a child's school interview read as the reader's; an offer said in two sentences gave two
  // offers. One miss was my expectation: the recruiter's "I'll reply … when I'm back on Monday 25 September" beside
  // her absence is a promise by the engine's rule (a promise outranks the absence); the row now says so.
  'round 260 (English, lead, unseen)': { precision: 0.4, recall: 0.857, f1: 0.545, negativesEmpty: 0.2 },
  // Round 260b (languages.round22b.en.table.ts), written after round 260's fixes and first read by the engine of
  // 0c7a1e4. Every positive was found; misses: Greenhouse's "Your interview feedback for candidate Maria Gomez … is
  // due by Friday" read as a promise, a sibling's "My interview at the bank is tomorrow at 10, wish me luck!" and a
  // "Mega Hiring Event! Walk in with your resume on Saturday … 10 AM" read as interviews.
  'round 260b (English, lead, unseen)': { precision: 0.625, recall: 1, f1: 0.769, negativesEmpty: 0.667 },
  // Round 270 (languages.round23.en.table.ts), written after round 260b's fixes and first read by the engine of
  // 4cef037. Every positive was found; misses: a recruiter's "intake call Thursday at 11" with the reader as the
  // hiring manager, a conference's "Your talk slot is Thursday … at 2:15 PM", a bank's "credit interview" for a loan,
  // a landlord's "routine property inspection … Friday 10 November at 1pm" and a DMV road test read as interviews.
  'round 270 (English, lead, unseen)': { precision: 0.545, recall: 1, f1: 0.706, negativesEmpty: 0.375 },
  // Round 280 (languages.round24.en.table.ts), first read by fc324a9. Misses: "unable to respond to phone or email
  // enquiries" (a list of channels); "I'll pick up the next steps … then" after an absence read as a promise; an
  // insurance claim's and a tax preparer's replies as promises; a performance review, a product demo, a book club's
  // "Hi all … we'll meet" and a car hire's "Pick-up:" / "Return:" lines as slots.
  'round 280 (English, lead, unseen)': { precision: 0.571, recall: 0.857, f1: 0.686, negativesEmpty: 0.625 },
  // Round 280b (languages.round24b.en.table.ts), written after round 280's fixes and first read by the engine of
  // 59dfe05. Misses: "We still have two interviews on Wednesday" (others') and "Loved chatting with you Friday" (past)
  // read as slots; "until after then" pointing at the 27th read as the 27th; "within three working days of receiving them" (the references due by Friday 20)
  // not read; a mentoring call, a recruiter offering the reader a candidate, a vendor's sales call read as slots. One
  // miss was my expectation: an automatic reply's "I will respond … on my return" is the return day as
  // no-contact-before (rounds 200, 230); the row now says so.
  'round 280b (English, lead, unseen)': { precision: 0.667, recall: 0.824, f1: 0.737, negativesEmpty: 0.813 },
  // Round 290 (languages.round25.en.table.ts), written after round 280b's and r64's fixes and first read by the engine
  // of 6c7d61e. Every positive was found; misses: an interview-reviews page's "Most hear back within 2 weeks" read as a
  // promise, and "could you sit in on the final interview for the Marketing Lead role on Thursday at 3pm?" (the reader
  // on the panel) read as a slot.
  'round 290 (English, lead, unseen)': { precision: 0.867, recall: 1, f1: 0.929, negativesEmpty: 0.857 },
  // Round 290b (languages.round25b.en.table.ts), written after round 290's fixes and first read by the engine of
  // fcb2d78 with those fixes (committed with round 290b's own). Misses: a flattened HTML table ("Date | Thursday 13
  // September 2029") gave nothing; "11:00 GMT" for a reader in Accra was read on London's summer clock; a referrer's
  // "She's been invited to interview on Thursday" and a friend's "would you be able to refer me? … coffee Tuesday at
  // 5" were read as slots.
  'round 290b (English, lead, unseen)': { precision: 0.769, recall: 0.833, f1: 0.8, negativesEmpty: 0.833 },
  // Round 300 (languages.round26.en.table.ts), written after round 290b's, r64's, r65's and mailbox 6's fixes and
  // first read by the engine of 151ef04. Misses: "we want you on the team 🎉" was no offer; "Tom's second interview
  // with the CFO is Thursday at 3pm, can you book the boardroom?", a dental recall's "Your last visit was 12 April" and
  // the reader's own interviewer entry ("Interviewers: You, Marco Rossi … review the candidate's portfolio") were read
  // as slots.
  'round 300 (English, lead, unseen)': { precision: 0.824, recall: 0.933, f1: 0.875, negativesEmpty: 0.769 },
  // Round 310 (languages.round27.en.table.ts), written after round 300's fixes and first read by the engine of
  // e80a8a1 with bx292 merged. Misses: "Congratulations! Please find your offer letter … attached via DocuSign" was no
  // offer; an office notice's "IT maintenance is scheduled for Saturday 24 November from 8am" was a slot.
  'round 310 (English, lead, unseen)': { precision: 0.923, recall: 0.923, f1: 0.923, negativesEmpty: 0.917 },
  // Round 320 (languages.round28.en.table.ts), written after round 310's fixes and first read by the engine of
  // bfca5ee. Misses: a café's "trial shift this Saturday from 10am to 2pm" was no slot; an agency's "I've shortlisted
  // three candidates for your Data Engineer vacancy. Can we do a call on Wednesday at 3pm …?" (the reader as hiring
  // manager) was a slot.
  'round 320 (English, lead, unseen)': { precision: 0.923, recall: 0.923, f1: 0.923, negativesEmpty: 0.917 },
  // Round 330 (languages.round29.en.table.ts), written in the pass's last hour with negatives that use a job's words
  // on purpose, and first read by the engine of aa1b8c8. Misses: "extend you a verbal offer" was no offer; "We'd like
  // to move you to the final stage on Friday 8 March at 11am" was read as a move and gave nothing; a reporter's
  // interview on a story about hiring, a clinical study's screening visit, an internal audit's interview, the reader
  // asked to interview a candidate, a referral request's "send them my way before Friday" and a performance
  // conversation were read as slots or promises.
  'round 330 (English, lead, unseen)': { precision: 0.625, recall: 0.833, f1: 0.714, negativesEmpty: 0.4 },
  // Round 340 (languages.round30.en.table.ts), the fourteenth pass's first, committed before the engine of 3f11906 read
  // it. Misses: "please allow 2-3 weeks for the hiring team to review your background" (no promise); the reader as
  // hiring manager ("The candidate for your Staff Accountant opening … can do Friday at 10am for his second
  // interview"), as referee ("has given your name as a referee … a 10-minute reference call on Monday at 2pm"), as a
  // colleague ("can you cover my shift on Friday? I have a job interview at 2pm") and as staff ("All staff: … HR will
  // respond to questions within two business days") read as slots and a promise.
  'round 340 (English, lead, unseen)': { precision: 0.778, recall: 0.933, f1: 0.848, negativesEmpty: 0.636 },
  // Round 350 (languages.round31.en.table.ts), committed before the engine of 5256df0 (round 340's fixes) read it.
  // Misses: "Mr. Chan has confirmed he can attend the second interview on Monday 25 November at 2:30pm. Please send
  // him the address" and a thesis viva were read as slots.
  'round 350 (English, lead, unseen)': { precision: 0.889, recall: 1, f1: 0.941, negativesEmpty: 0.818 },
  // Round 360 (languages.round32.en.table.ts), committed before the engine of 3787058 (round 350's fixes and r68)
  // read it. Misses: "… until the advert closes on Friday 23 May. We'll be in touch with shortlisted applicants the
  // week after" (no promise); a colleague's "I've interviewed the three finalists …; can we sync on Friday at 11 to
  // compare notes before I make an offer?", a former boss's "I'll call her tomorrow at 10am" about a reference, and an
  // employee's "I'm interviewing for a new role next Tuesday at 10" read as slots. One miss was my expectation: an
  // automatic reply's "will respond to your email upon my return on Monday 26th May" is the promise the project has
  // read since round 190b (the row now says so; scored as first written here).
  'round 360 (English, lead, unseen)': { precision: 0.765, recall: 0.867, f1: 0.813, negativesEmpty: 0.727 },
  // Round 370 (languages.round33.en.table.ts), two negatives to each positive, committed before the engine of 391bb72
  // (round 360's fixes) read it. Misses: "have you back for a working session with the designers on Thursday at 1pm"
  // (no slot); a conference's "Your session 'Hiring in the age of AI' is confirmed for Thursday 11 September at
  // 14:20 … Speakers should arrive", an employer's newsletter "our next open interview day is Saturday 20 September.
  // Know someone?" and a house viewing with "within 48 hours of any offer" read as slots.
  'round 370 (English, lead, unseen)': { precision: 0.786, recall: 0.917, f1: 0.846, negativesEmpty: 0.85 },
  // Round 380 (languages.round34.en.table.ts), ATS layouts and casual recruiters, committed before the engine of 0e81aa3
  // (round 370's and mailbox 7's fixes) read it. Misses: "client wants to see u tmrw at 11 …, can u make it?" (no
  // slot: text-speak's "u"), "I'll send the formal paperwork over this afternoon" beside an offer (no promise); a room
  // "booked Monday to Wednesday" for graduate interviews, "I've scheduled the candidate's onsite for Friday at 1pm. Can
  // you host the lunch?" and an article's "what to do if you don't hear back within a week" read as slots or a promise.
  'round 380 (English, lead, unseen)': { precision: 0.842, recall: 0.889, f1: 0.865, negativesEmpty: 0.7 },
  // Round 390 (languages.round35.en.table.ts), longer messages in a leap February, committed before the engine of e746d06
  // (round 380's fixes) read it. Misses: "don't expect to make a decision for another two to three weeks" (no promise);
  // a car service's "We'll call you when it's ready, usually within 4 hours", a friend's "would you be a referee for
  // me … They might call you next week" and an agency's "are you hiring? … Book a call with us on Thursday at 11 AM"
  // read as promises or a slot. One miss was my expectation: an offer's "I'll give you a call this afternoon" is the
  // promise of contact today (the row now says so; scored as first written here).
  'round 390 (English, lead, unseen)': { precision: 0.818, recall: 0.947, f1: 0.878, negativesEmpty: 0.75 },
  // Round 400 (languages.round36.en.table.ts), job mail whose dates are no finding (closing dates, an interview week for
  // all, a cancelled slot, three slots, a first day, a talent pool, office hours, a past promise), committed before the
  // engine of 7e14eda (round 390's fixes and the send check's languages) read it. No miss.
  'round 400 (English, lead, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Round 410 (languages.round37.en.table.ts), committed before the engine of 8f6a037 read it. Misses: "you won't hear
  // from us before Monday, December 1. Please hold off on follow-ups until then" read as a promise on the 30th and a
  // hold-off on the 30th; a team's "Hi team, the intern interviews are wrapping up on Friday; decisions will go out by
  // Wednesday 3 December", a flu jab, and "as a member of the hiring panel, please block Wednesday 26 November from
  // 9:00" read as a promise and slots.
  'round 410 (English, lead, unseen)': { precision: 0.75, recall: 0.938, f1: 0.833, negativesEmpty: 0.786 },
  // Round 420 (languages.round38.en.table.ts), sent between Europe's and North America's clock changes, committed
  // before the engine of 517af2a (round 410's fixes, r69) read it. No miss.
  'round 420 (English, lead, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Round 430 (languages.round39.en.table.ts), committed before the engine of d22e33d read it. Misses: "a week from today
  // at 10.30am" (no day; the clock after "a week from Thursday" was lost too); an employee's "return-to-work
  // interview with your line manager", "PIP review meeting" and "stay interview with HR", a mock assessment centre and
  // a load-shedding schedule read as slots.
  'round 430 (English, lead, unseen)': { precision: 0.722, recall: 0.929, f1: 0.813, negativesEmpty: 0.643 },
  // Round 440 (languages.round40.en.table.ts), clocks in other words, committed before the engine of 8838685 read it.
  // Misses: "can you do lunch with the hiring manager Thursday at noon? It would be an informal interview" (a lunch
  // was always another event), "Our goal is to respond to everyone by July 3rd" (no promise); "Could you sit in on
  // Tuesday's 2pm?" after "I'm interviewing candidates for my team" and a kid's soccer tryout read as slots.
  'round 440 (English, lead, unseen)': { precision: 0.867, recall: 0.867, f1: 0.867, negativesEmpty: 0.857 },
  // Round 450 (languages.round41.en.table.ts), English mail from Doha to Kigali, committed before the engine of 33ea151
  // read it. Misses: a Dhaka "written test followed by a viva on 20/01/2031 at 9:30 AM" (round 350's academic viva had
  // taken every viva), "following the interview, the committee will make its decision within 10 working days" (read
  // as past); a book club reading 'The Interview' and "you'll interview the two QA candidates … Feedback is due by
  // Friday" read as a slot and a promise.
  'round 450 (English, lead, unseen)': { precision: 0.867, recall: 0.867, f1: 0.867, negativesEmpty: 0.857 },
  // Round 460 (languages.round42.en.table.ts), the day before Independence Day, committed before the engine of 0c7dd78
  // (fx301, lx302 and cx303 merged) read it. Misses: a school's "Year 13 careers interviews with local employers are
  // on Friday at 10am", the writer's "I'm doing the interview for the Irish Times piece … on Thursday at 11" and "the
  // candidates you referred will be interviewed next week; we'll update you on the outcome within 10 days" read as
  // slots and a promise.
  'round 460 (English, lead, unseen)': { precision: 0.85, recall: 1, f1: 0.919, negativesEmpty: 0.786 },
  // Round 510 (languages.round47.en.table.ts), a week before Thanksgiving, committed before the engine of a366826 read
  // it. Misses: "on leave until 1 December … I'll be in touch the week she's back" gave the hold-off but no promise;
  // the cancelled "the panel will not be able to sit on Monday 21st November as planned" beside the moved slot, "Our
  // panel's recommendations go to the Director on Sunday" after an assessment centre read as slots; a feedback
  // survey that "closes on 30 November" read as a promise.
  'round 510 (English, lead, unseen)': { precision: 0.85, recall: 0.944, f1: 0.895, negativesEmpty: 0.938 },
  // Round 520 (languages.round48.en.table.ts), the last Monday of January, committed before the engine of bb23105
  // read it. Misses: a public service's "you are invited to a written examination. The exam will be held on February
  // 8, 2034 at 9:00 a.m." (no interview word), "Interview slot: 2034-02-02 16:30 (Asia/Singapore)", an out-of-office
  // "until Wednesday 8 February … I will respond to your message on my return" read as a hold-off, not the promise;
  // a freelancer's "quick call Thursday at 10 to go over the website mockups" and "The candidate for the Ops Lead
  // role confirmed Thursday at 2pm. Could you send her the Teams link" read as slots.
  'round 520 (English, lead, unseen)': { precision: 0.8, recall: 0.8, f1: 0.8, negativesEmpty: 0.833 },
  // Round 470 (languages.round43.en.table.ts), written by helper hw402, who never saw the rules, committed before
  // the engine of 161220f (rounds 510–520's fixes and fx401 merged) read it. Misses: a friend's "Tomás got the
  // interview at Canva — it's on Monday at 2pm. Fingers crossed for him" and an agency selling to the reader ("can
  // have a shortlist of vetted candidates to you within 5 business days. Do you have 15 minutes on Tuesday at 10am")
  // read as slots.
  'round 470 (English, hw402, unseen)': { precision: 0.895, recall: 1, f1: 0.944, negativesEmpty: 0.875 },
  // Round 480 (languages.round44.en.table.ts), hw402's leap February, first read by the engine of f4eefdd. Misses:
  // USAJOBS "You will receive a notice of results within 15 business days after the announcement closes" (a notice
  // was no promise, the announcement's close no anchor), "you will receive feedback on your assessment no later than
  // the end of next week" (read as the reader's deadline); a course "'Interviewing Skills for Hiring Managers' on 3
  // March 2032, 09:30–12:30" read as a slot.
  'round 480 (English, hw402, unseen)': { precision: 0.941, recall: 0.889, f1: 0.914, negativesEmpty: 0.938 },
  // Round 490 (languages.round45.en.table.ts), hw402's spring Friday, first read by the engine of 3b48024. Misses:
  // "Thanks for agreeing to be Rahul's referee … You'll receive an email from our referencing partner within 24
  // hours" read as a promise, a recruiter's "Join our live briefing on 2 June at 1pm" read as a slot.
  'round 490 (English, hw402, unseen)': { precision: 0.895, recall: 1, f1: 0.944, negativesEmpty: 0.875 },
  // Round 500 (languages.round46.en.table.ts), hw402's August Monday, first read by the engine of 93370fd. Misses:
  // "We'll be back in touch in about a week once the panel has met and talked it through" (read as counted from an
  // undated event); Ashby's "You're scheduled to interview Marcus Lee for Staff Engineer" and a speaker's "Thank you
  // for agreeing to speak at FinTech Week Nairobi. Your panel, … is on Thursday 24 August at 14:00" read as slots.
  'round 500 (English, hw402, unseen)': { precision: 0.882, recall: 0.938, f1: 0.909, negativesEmpty: 0.875 },
  // Round 570 (languages.round53.en.table.ts), the Friday before America's clocks change, committed before the engine
  // of 680b135 read it. Misses: "the interview scheduled for Monday 12th March will no longer take place on that date"
  // kept beside the new sitting, "Outcomes are normally confirmed within two weeks of the assessment centre" gave no
  // promise; a mentor's "mentoring chat on Wednesday at 5:30pm … tips on interviewing" and a "pre-employment medical
  // exam … on Monday, March 12 at 8:00 AM" read as slots.
  'round 570 (English, lead, unseen)': { precision: 0.85, recall: 0.944, f1: 0.895, negativesEmpty: 0.857 },
  // Round 580 (languages.round54.en.table.ts), midsummer mail with signatures, footers, Zoom and Calendly text, committed
  // before the engine of 54736b2 read it. Misses: Zoom's "Time: Jun 24, 2036 03:00 PM London" for an Accra reader (a
  // city as the zone), an early learning centre's "Thanks for applying … please don't chase before we reopen on 15
  // July" (read as a nursery's mail); the reader's own "Reminder: Interview Candidate – Ava Li … Organizer: you" read
  // as a slot, "Dear Student, Your HKDSE examination results will be released on Wednesday 16 July … through the
  // candidate portal" as a promise.
  'round 580 (English, lead, unseen)': { precision: 0.813, recall: 0.867, f1: 0.839, negativesEmpty: 0.867 },
  // Round 530 (languages.round49.en.table.ts), written by helper hw404, who never saw the rules, on Easter Sunday; first
  // read by the engine of 3a872d2. Misses, all negatives: a manager's "moved our weekly 1:1 to Tuesday at 11:00 … my
  // feedback on your promotion case by Friday", a performance cycle's "review conversation with each direct report
  // during the weeks of April 9 and April 16", an agency's "20 minutes on Thursday at 2pm to talk through your Q2
  // hiring plans", a freelancer's "call Tuesday at 11 to go through their comments" read as slots and a promise.
  'round 530 (English, hw404, unseen)': { precision: 0.75, recall: 1, f1: 0.857, negativesEmpty: 0.765 },
  // Round 540 (languages.round50.en.table.ts), hw404's Halloween between the clock changes, first read by the engine of
  // e527eb8. Misses: USAJOBS "referred on October 29 … expected to make a selection within 30 days of the referral
  // date" gave nothing; an Ashby offer "waiting for your approval … by Friday", "Would Tuesday at 6pm work for our
  // first session?" to a mentor, a visa's "Consular section interview: 14 November 2035, 08:15", a "POSH awareness
  // session for all Pune employees", a research study's "Your interview is scheduled for Tuesday", and Workable's
  // "Your job … is now live … start receiving candidates within 24 hours" read as slots and promises.
  'round 540 (English, hw404, unseen)': { precision: 0.739, recall: 0.944, f1: 0.829, negativesEmpty: 0.647 },
  // Round 550 (languages.round51.en.table.ts), hw404's leap day, first read by the engine of b6b11dd. Misses: an
  // entrance test's admit card ("The test will be held on 8 March 2036; reporting time is 8:30 AM. Results will be
  // declared within 4 weeks"), an MSc's "admissions interview on Friday 6 March at 11:00 GMT … Offers will be made",
  // and a friend's "agreeing to be my referee … they would call you within the next week" read as slots and
  // promises. One row's expectation was the writer's miss (its "Wednesday, March 4" is a Tuesday; corrected with a
  // comment, scored as first written).
  'round 550 (English, hw404, unseen)': { precision: 0.739, recall: 0.944, f1: 0.829, negativesEmpty: 0.824 },
  // Round 560 (languages.round52.en.table.ts), hw404's year end ("before the holidays", "in the new year", a ModernLoop
  // schedule, Zoom's "10:00 AM Singapore"), first read by the engine of 341c632: no miss.
  'round 560 (English, hw404, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Round 620 (languages.round58.en.table.ts), mail that carries other mail, committed before the engine of 0575a4e read
  // it (with the ReDoS gate's one-regex fix, same readings). Misses: "Following the closing date on 30 September, we
  // aim to complete shortlisting within 10 working days" counted from the day of writing, "The written offer follows
  // tomorrow" and "I'm out until Monday 26 September and will pick this up as soon as I'm back" were no promises, a
  // walk-in interview the reader is "requested to report for" was an open day, "by end-Sept" was not read; a viewing
  // asked of the reader's own listing, "Aisha confirmed Tuesday 20 September at 11" told to the hiring manager and an
  // agency's "closed on Monday 26 September for the bank holiday. We'll be back on Tuesday" read as slots and a hold-off.
  'round 620 (English, lead, unseen)': { precision: 0.688, recall: 0.688, f1: 0.688, negativesEmpty: 0.8 },
  // Round 590 (languages.round55.en.table.ts), written by helper hw406, who never saw the rules, on a Monday morning;
  // first read by the engine of 29fac1c. Misses: a colleague's "on annual leave from tomorrow and back on Monday 21
  // March … Could you approve the request in the HR system" read as a hold-off, a radio producer's "will call you on
  // Thursday at 7:40am for a live interview" and an MSc's "admissions interview on 24 March 2039 at 14:00 … The
  // interview will last 20 minutes" as slots. One row's expectation was the writer's miss (a promise beside a
  // hold-off; corrected with a comment, scored as first written).
  'round 590 (English, hw406, unseen)': { precision: 0.789, recall: 1, f1: 0.882, negativesEmpty: 0.8 },
  // Round 600 (languages.round56.en.table.ts), hw406's late Thursday evening, first read by the engine of 26ec22e.
  // Misses: a Brazilian recruiter's "I will return to you with a position in the coming days" (no promise word); a
  // mentee's "quick 20-minute prep call on Tuesday evening" read as a slot, a first-day welcome ("so excited to have
  // you join the Finance team! Your first day is Monday 2 July") read as an offer.
  'round 600 (English, hw406, unseen)': { precision: 0.875, recall: 0.933, f1: 0.903, negativesEmpty: 0.867 },
  // Round 610 (languages.round57.en.table.ts), hw406's eve of Thanksgiving, first read by the engine of 854c9f7. Miss:
  // "Thanks so much for making time for the onsite on Monday", written on the Wednesday after it, read as next
  // Monday's slot.
  'round 610 (English, hw406, unseen)': { precision: 0.938, recall: 1, f1: 0.968, negativesEmpty: 1 },
  // Round 630 (languages.round59.en.table.ts), a Tuesday in a leap February, committed before the engine of 33ddd6a
  // read it. Misses: "pausing all hiring until after our board meeting on 20 February, so please don't follow up
  // before then" gave nothing ("after our … meeting" was read as past); a strata manager's "the plumber will come to
  // the unit on Friday between 8 and 12" read as a slot.
  'round 630 (English, lead, unseen)': { precision: 0.917, recall: 0.917, f1: 0.917, negativesEmpty: 0.917 },
  // Round 700 (languages.round66.en.table.ts), a Wednesday afternoon in May, committed before the engine of e8af818
  // read it. Misses: a Lagos bank's "Further to your application for the post of Credit Analyst, … your interview has
  // been fixed for Monday 20th May 2047 by 10am" gave nothing (read as an application for credit, and "the post of"
  // was no job word); a graduate school's "Your viva (oral examination) is scheduled for Wednesday 22 May at 14:00"
  // read as an interview.
  'round 700 (English, lead, unseen)': { precision: 0.929, recall: 0.929, f1: 0.929, negativesEmpty: 0.929 },
  // Round 710 (languages.round67.en.table.ts), the Friday after a US Thanksgiving, committed before the engine of
  // f925287 read it. Miss: a school's "Your parent–teacher interview with Ms Clarke is booked for Tuesday 3 December at
  // 4:15pm" read as the reader's interview.
  'round 710 (English, lead, unseen)': { precision: 0.933, recall: 1, f1: 0.966, negativesEmpty: 0.929 },
  // Rounds 640–660 (languages.round60–62.en.table.ts, hw407's ATS templates, written without the rules) and 670–690
  // (languages.round63–65.en.table.ts, hw408's hand-written mail), all first read by the engine of 5309f5d.
  // Misses, 640: "wensday 16th at 2pm" gave nothing; an agency's pitch to an employer ("present three vetted,
  // interview-ready candidates … a 15-minute call on Wednesday at 11am to discuss our terms") read as a slot.
  // 650: a GoodTime invite "2:00 – 2:45pm (Greenwich Mean Time - London)" not converted; "from nine to ten in the
  // morning" gave no time; "you have been selected for the post of" no offer; the interviewer's copy of an invite
  // ("You have been added to an interview loop. Candidate: …") and its "leave your feedback … by end of day"; a
  // performance review's "review meeting … on Thursday 2 April at 10:00"; a referee's call; an MBA's admissions
  // interview; a research study's "interview session".
  // 660: "in the new year" beside "out until after New Year's Day" gave nothing; a Calendly "Invitation: … (Pacific
  // Time - Los Angeles)" gave nothing; "after the holidays" sent on 31 December read a year late; "Reminder: you are
  // interviewing Aisha Bello" read as the reader's interview.
  // 670: "As discussed on Friday" read as next Friday's slot; a hiring manager asking the reader to sit on a panel
  // ("We need to make a decision by Friday"), and to "let him know we will revert within 2 working days"; a friend's
  // "I got the interview … It's on Wednesday at 11"; a letting agent's inspection and rent review; an MSc's
  // admissions interview.
  // 680: a mid-year review's "HR will confirm the outcome of the promotion round by the end of the month"; a
  // newsletter's "telling every applicant you'll respond within 5 business days"; a manager asking the recruiter to
  // "set up Tuesday at 2pm with her"; a procurement mail's "decision by Friday … the offer terms"; a would-be
  // tenant's "I'll let you know by Friday".
  // 690: "within the first two weeks of January" gave nothing; "We had you booked in for Friday 28 December at 10am,
  // but … moved" read the old slot too; a friend's "They said they'll send the contract within a week"; a school's
  // enrolment interviews; a hiring manager's "offer the role to Amaka! Could you let her know"; a letting agent's
  // "Thanks for your offer on the flat … we'll confirm by 31 December".
  'round 640 (English, hw407, unseen)': { precision: 0.941, recall: 0.941, f1: 0.941, negativesEmpty: 0.938 },
  'round 650 (English, hw407, unseen)': { precision: 0.636, recall: 0.824, f1: 0.718, negativesEmpty: 0.688 },
  'round 660 (English, hw407, unseen)': { precision: 0.882, recall: 0.833, f1: 0.857, negativesEmpty: 0.938 },
  'round 670 (English, hw408, unseen)': { precision: 0.68, recall: 1, f1: 0.81, negativesEmpty: 0.688 },
  'round 680 (English, hw408, unseen)': { precision: 0.72, recall: 1, f1: 0.837, negativesEmpty: 0.688 },
  'round 690 (English, hw408, unseen)': { precision: 0.727, recall: 0.941, f1: 0.821, negativesEmpty: 0.765 },
  // Rounds 720–730 (languages.round68–69.en.table.ts, hw411's less-used ATS systems) and 740–750 (round70–71, hw412's
  // hand-written mail and new kinds of negative), all first read by the engine of 009bf62 (rounds 640–690's fixes).
  // Misses, 720: a USAJOBS "Status: Not Referred … you were not among the best qualified candidates" gave no
  // rejection; a research study's "Your interview has been booked" read as a slot.
  // 730: "Applications … close on Friday 28 May 2049 at 11:55pm AEST" read as a slot; "no longer available for your
  // interview on Thursday, May 20 at 10:00 AM … Are you available Friday, May 21 at 1:30 PM instead?" kept the old
  // slot; a self-schedule link's "Slots are open Monday to Thursday next week between 9:00 AM and 4:00 PM" read as
  // Monday's slot; a tenancy application to the landlord; a pre-employment medical.
  // 740: a recruiter's forward ("See below from Dana … bring her in for the final loop on Tuesday, March 29 at 10:00 AM
  // ET") and a reply "Thursday 31st it is - 2.30pm" gave nothing; "after that we will inform you … in the next
  // fortnight" counted from the week's end; "by the end of next week, though the board may need a little longer" gave
  // nothing; "one more second-shift lead to talk to tomorrow morning" read as a slot; a procurement mail, a bank's
  // pre-approved loan, a search committee's fly-outs, a payroll cut-off, a wedding venue's call, a hiring manager's
  // "Could you send him the case study", an H-1B visa appointment.
  // 750: "Further to your interview on Tuesday" read as next Tuesday's slot; a hold "back in the office on Thursday 9
  // November, so please don't follow up before then" read as 10 November; "we will not retain your candidature" gave
  // no rejection; "We will tell you something by the middle of next week" gave nothing; a car dealer's offer, a panel
  // member's "hoping to make offers by the end of that week", a pet adoption's home-check interview, a coding
  // contest's rounds, a careers service's interview practice.
  'round 720 (English, hw411, unseen)': { precision: 0.944, recall: 0.944, f1: 0.944, negativesEmpty: 0.938 },
  'round 730 (English, hw411, unseen)': { precision: 0.762, recall: 1, f1: 0.865, negativesEmpty: 0.813 },
  'round 740 (English, hw412, unseen)': { precision: 0.536, recall: 0.789, f1: 0.638, negativesEmpty: 0.563 },
  'round 750 (English, hw412, unseen)': { precision: 0.68, recall: 0.85, f1: 0.756, negativesEmpty: 0.722 },
  // Rounds 760–770 (languages.round72–73.en.table.ts, hw413's month of a job seeker's inbox) and 780–790 (round74–75,
  // hw414's hard positives), all first read by the engine of 1b0ed3a (rounds 640–750's fixes and fx410 merged).
  // Misses, 760: USAJOBS' "Referral notices are typically issued by mid-November" gave nothing; a union caseworker's
  // "will be in touch within two weeks"; a bounce quoting the reader's own follow-up ("You mentioned you hoped to
  // decide by Friday").
  // 770: "They're aiming to confirm the successful candidate by month-end" gave nothing; "back on Tuesday 8 April, so
  // please don't chase the team for an update before I'm back" gave nothing; a charity 10K's start "at 7:40am".
  // 780: "Tues 3pm his time (Pacific)" kept no clock; "in 5–7 business days after the posting closes" (closed Friday,
  // October 23, the sentence before) gave nothing; "within two weeks of my return" (back on Monday 9th November) gave
  // nothing; the reader's own "Thank you for Thursday's interview" read as a slot. (The writer left out the offer's
  // "HR will send the formal letter … tomorrow", a delivery promised; scored as first written, row corrected.)
  // 790: "Thursday at noon my time (SF)" not converted; "the position has since been filled by another candidate" and
  // "Management has approved your engagement as Senior Accountant" gave no outcome; "before the week is out" read as
  // Thursday; a director's "client visit on Friday" beside a moved interview; a sister's "They said I'd hear back
  // within a fortnight"; a manager's "move our 1:1 … to Friday 19 March at 14:00"; a naturalization interview.
  'round 760 (English, hw413, unseen)': { precision: 0.905, recall: 0.95, f1: 0.927, negativesEmpty: 0.882 },
  'round 770 (English, hw413, unseen)': { precision: 0.944, recall: 0.895, f1: 0.919, negativesEmpty: 0.941 },
  'round 780 (English, hw414, unseen)': { precision: 0.864, recall: 0.864, f1: 0.864, negativesEmpty: 0.938 },
  'round 790 (English, hw414, unseen)': { precision: 0.76, recall: 0.826, f1: 0.792, negativesEmpty: 0.824 },
  // Rounds 800–810 (languages.round76–77.en.table.ts, hw415's English from non-English-speaking countries) and 820–830
  // (round78–79, hw416's agency texts, voicemails, invitation bodies and auto-replies), all first read by the engine of
  // f94664f (rounds 760–790's fixes).
  // Misses, 800: a Brazilian "a return until Friday (31/03)" gave nothing; Zoom's "09:00 AM Bangkok" not converted; a
  // language school's oral placement interview, a driving school's "I will confirm the exact date by Friday", a
  // co-working tour, a scholarship interview, a freelancer's call about logo drafts.
  // 810: "14:00 German time" not converted; "Time: 10h (Brasília time)" misread; "please do not chase before Monday 5
  // November — I will update you that week" also gave that week's Friday; a DELE exam's oral; a careers fair's mock
  // interviews and talk.
  // 820: a Google Calendar "Invitation: … @ Thu 31 Oct 2058 11:00 - 12:00 (IST)" gave nothing ("You are receiving this
  // email because you are an attendee"); "by Wednesday at the latest" read as Friday; "Hiring managers review shortlisted
  // profiles within 10 working days" gave nothing; "grab 45 min with you on Tuesday at 3pm PT" read without its clock; a
  // mid-year review's invitation body, a garage's voicemail, a finance colleague's auto-reply, a personal trainer's
  // Calendly, a school's parent-teacher interviews, a manager's "offers out by Friday".
  // 830: "are you free Fri 14th at 9.30?" kept no clock; an agency's note to the client ("candidate confirmed for 2pm
  // tmrw … I'll call you Thurs for your feedback"); an HR ticket's "We aim to respond within 2 working days"; a
  // citizenship interview.
  'round 800 (English, hw415, unseen)': { precision: 0.652, recall: 0.882, f1: 0.75, negativesEmpty: 0.688 },
  'round 810 (English, hw415, unseen)': { precision: 0.652, recall: 0.882, f1: 0.75, negativesEmpty: 0.875 },
  'round 820 (English, hw416, unseen)': { precision: 0.667, recall: 0.842, f1: 0.744, negativesEmpty: 0.667 },
  'round 830 (English, hw416, unseen)': { precision: 0.783, recall: 0.947, f1: 0.857, negativesEmpty: 0.833 },
  // Round 880 (languages.round84.en.table.ts), a Thursday afternoon in June, committed before the engine of 33f86d6
  // read it. Misses: "we won't be taking it forward on this occasion" and "We'd love to have you join as our new Sous
  // Chef!" gave no outcome; "Thanks for the trial shift on Saturday" read as next Saturday's slot; a teacher's "parents'
  // evening slots" and a course's "certification exam … Results will be shared within 7 days". (My expectation left out
  // "I'll make sure you hear from us then" after a hold "until after the 20th": a promise of that day, as round 590's;
  // scored as first written, row corrected.)
  'round 880 (English, lead, unseen)': { precision: 0.706, recall: 0.857, f1: 0.774, negativesEmpty: 0.8 },
  // Rounds 840–850 (languages.round80–81.en.table.ts, hw419's big employers' and public bodies' templates) and 860–870
  // (round82–83, hw420's long mails with many dates), all first read by the engine of e73ea45 (round 880's fixes).
  // Misses, 840: "(all times Pacific)" above a schedule not applied; "invited to attend for interview on Wednesday 7th
  // April 2060 at 11.40 a.m." gave nothing; an HR colleague's "I sent the regret emails … to the three candidates we did
  // not progress"; "Your 2059/60 year-end performance review".
  // 850: "We'd love to have you join as Senior Data Engineer" gave no offer and its "walk you through the package on a
  // quick call on Monday" read as a slot; a candidate's own "Thank you for shortlisting me … would Tuesday 8 November at
  // 10am work"; a vacancy bulletin's "Canvassing … disqualification" read as no-calls; a friend's "Guess who's got a
  // second interview … It's Wednesday at 2".
  // 860: "the final panel on Wednesday 29 March" (the reader's) gave no interview; "We did say we would have an answer
  // by March 20 … I'll have a decision for you in the next day or two" read March 20 of next year; a staff memo, a
  // letting agent, a mortgage lender, a school, a GP and an IT memo read through their incidental job words ("we are
  // also recruiting a new property manager", "your HR department", "interviewing for the new head teacher"). (The
  // writer left out "I'll call you that day" beside a hold of the same day; scored as first written, row corrected.)
  // 870: "(all times Eastern)"; "two other candidates are onsite on the 13th and 14th" read as a slot and "within a week
  // of your onsite" counted from them; "no point nudging anyone before I'm back on the 19th" and "Kindly hold off on
  // further follow-ups until he returns" gave no hold; a manager's "Ahead of our 1:1 on Thursday at 11"; a volunteer's
  // mock interview day; a landlord's boiler service; a mortgage in principle; an agency's pitch to a warehouse; a
  // payroll memo.
  'round 840 (English, hw419, unseen)': { precision: 0.864, recall: 0.905, f1: 0.884, negativesEmpty: 0.882 },
  'round 850 (English, hw419, unseen)': { precision: 0.783, recall: 0.947, f1: 0.857, negativesEmpty: 0.824 },
  'round 860 (English, hw420, unseen)': { precision: 0.593, recall: 0.889, f1: 0.711, negativesEmpty: 0.647 },
  'round 870 (English, hw420, unseen)': { precision: 0.64, recall: 0.842, f1: 0.727, negativesEmpty: 0.625 },
  // Rounds 890 (languages.round85.en.table.ts, hw421's week of one job seeker's inbox) and 900 (round86, hw422's
  // hardest cases: two dates of which one is the reader's), the pass's last, first read by the engine of 1ae3941.
  // Miss, 890: a research survey's "follow-up interview … Wednesday, November 4 at 3:00 pm PT" ("approved by the
  // Behavioural Research Ethics Board"). Misses, 900: a move "to Tuesday 30 March at\n15:00 (Berlin time)" kept Berlin's
  // clock; "seeing one other candidate of mine on Monday at 11" read as a slot; "Please do not contact … until after the
  // closing date" (Wednesday 7 April, the sentence before) gave no hold; "we will confirm your start date in writing by
  // 9 April at the latest" read as a fact; a referral's "His first round has been scheduled on 29-03-2066" beside the
  // reader's own (and "Also, thank you for referring" read the whole mail as a referrer's); a friend's "Guess who got
  // an interview"; a "performance review cycle"; "Could you give him a call by Monday"; a bakery's "discovery call".
  'round 890 (English, hw421, unseen)': { precision: 0.933, recall: 1, f1: 0.966, negativesEmpty: 0.923 },
  'round 900 (English, hw422, unseen)': { precision: 0.696, recall: 0.8, f1: 0.744, negativesEmpty: 0.692 },
  // Rounds 910, 920 (languages.round87–88.en.table.ts, hw423's four job seekers' inboxes in real ATS wording) and 930,
  // 940 (round89–90, hw424's reply chains: quoted history, forwards, phone replies), the seventeenth pass's first, read
  // first by the engine of 2d3feba: the first with the candidate-mail gate (candidateMail.ts). The engine before it
  // (d229587) scored 910 .971/1, 920 .971/.938, 930 .864/.75, 940 .878/.75 on them: the gate dropped seven false
  // findings and one true one. Misses, 910: "We'd love to have you join Kasuku Pay as our Operations Lead" gave no
  // offer. 920: a volunteer's "run mock interviews at our Newcomer Careers Day … We'll email your schedule and the
  // participants' resumes by next Wednesday" read as a promise. 930: the gate judged a phone reply "Lets do Tues 2pm
  // ET" with the reader's own quoted words ("I can do Tuesday after 1pm … whichever suits me") and dropped its slot; a
  // supplier's "revised delivery date within 2 working days"; a talent partner forwarding another candidate's
  // availability to the hiring manager ("He … is free for the second interview on Tuesday at 3pm. Shall I lock it
  // in?"). 940: the reader's own reply quoted above an offer ("will come back to you with my decision by Friday") read
  // as the employer's promise; a friend forwarding her own invitation ("interview is Friday at 11. Can you look over my
  // slides tonight?").
  'round 910 (English, hw423, unseen)': { precision: 1, recall: 0.944, f1: 0.971, negativesEmpty: 1 },
  'round 920 (English, hw423, unseen)': { precision: 0.944, recall: 1, f1: 0.971, negativesEmpty: 0.938 },
  'round 930 (English, hw424, unseen)': { precision: 0.9, recall: 0.947, f1: 0.923, negativesEmpty: 0.875 },
  'round 940 (English, hw424, unseen)': { precision: 0.9, recall: 1, f1: 0.947, negativesEmpty: 0.875 },
  // Rounds 950, 960 (languages.round91–92.en.table.ts, hw427's whole ATS mails after HTML-to-text: buttons, privacy
  // and unsubscribe footers; the same systems reaching interviewers, agencies and employees) and 970, 980 (round93–94,
  // hw428's second-language and regional English: India, Nigeria, the Gulf, Malaysia, Poland), first read by the
  // engine of c532ff4 (910–940's fixes and the gate). Misses, 950: a Recruitee "Previous time: … (cancelled) / New
  // time: Thursday 13 March 2070, 15:00 - 16:00 (CET)" gave no slot; a Calendly podcast recording ("We'll interview you
  // about running graduate recruitment") read as an interview. 960: "within two working days of the interview" (the
  // final interview named in the sentence before) gave nothing; an agency portal's "this candidate will not be
  // progressed" to the agency read as the reader's rejection; Ashby's "you're an interviewer at Fernhill Robotics"
  // rescheduling read as the reader's slot. 970: "28/03/72" and "27-Mar-72" read as 1972, and "(KSA time)" as no zone;
  // "we are unable to respond to individual telephone queries" gave no no-calls; "Dear Team … Your 1:1 discussion with
  // your Reporting Manager will be scheduled between 30th March and 6th April" read as two interviews; a friend's
  // pidgin "I don pass the interview o … make I resume 4th April" as an interview; a referee asked for "a short phone
  // conversation on Tuesday 29.03 at 10:00" as the reader's slot. 980: "31-Oct-72" as 1972; Abuja's "appear for an
  // interview on 03/11/2072 at 11am prompt" gave nothing; "by mid of next month" gave nothing; "invited to sit as panel
  // for the interview of the Executive, Finance candidates" and a summit's "your slot as speaker … on 8 November at
  // 11:30h" read as slots.
  'round 950 (English, hw427, unseen)': { precision: 0.944, recall: 0.944, f1: 0.944, negativesEmpty: 0.938 },
  'round 960 (English, hw427, unseen)': { precision: 0.9, recall: 0.947, f1: 0.923, negativesEmpty: 0.882 },
  'round 970 (English, hw428, unseen)': { precision: 0.81, recall: 0.85, f1: 0.829, negativesEmpty: 0.824 },
  'round 980 (English, hw428, unseen)': { precision: 0.882, recall: 0.833, f1: 0.857, negativesEmpty: 0.882 },
  // Rounds 990, 1000 (languages.round95–96.en.table.ts, hw430's industries beyond tech and finance: care homes,
  // hospitals, shops, hotels, trades, schools, councils, studios) and 1010, 1020 (round97–98, hw431's calendar and
  // meeting text: Teams, Zoom, Webex, Calendly bodies, updates and cancellations, text-message notes), first read by the
  // engine of 6724806 (950–980's fixes, fx426's foreign rules). Misses, 990: a shop's "sorry it's taken me a couple of
  // days to get back to you" read as a promise; a hospital's tender to a supplier ("Dear Supplier … ITT Ref") as an
  // interview with no-calls. 1000: "taking the time to …" in a charity's thanks gave an untimed slot; "15:00 Irish
  // time" for a Warsaw reader kept Dublin's clock; an itinerary "All times are listed in Eastern Time" read by a
  // Chicago reader kept Eastern clocks; "within 10 working days of the closing date" (named in the sentence before)
  // gave nothing; a hotel's reservation confirmation read as two interviews. 1010: a "Canceled:" invitation offering
  // "Thursday, 5th November at 3:30 PM IST" instead gave a promise, not the slot; "Thursday, 5 November 2076 | 10:00"
  // under a CET label for a Johannesburg reader kept CET's clock; a founder's "catching up with my co-founder tomorrow
  // morning" read as a slot; an interviewers' debrief invitation gave a promise. 1020: Calendly's "Former: … / New:
  // 9:30am - Monday, March 22" kept the day but lost the clock; an offer's "joining date … 11 April" read as a slot;
  // Calendly's "A new event has been scheduled … Invitee: Daniel Okoro" to the recruiter read as the reader's slot.
  'round 990 (English, hw430, unseen)': { precision: 0.87, recall: 1, f1: 0.93, negativesEmpty: 0.944 },
  'round 1000 (English, hw430, unseen)': { precision: 0.762, recall: 0.842, f1: 0.8, negativesEmpty: 0.941 },
  'round 1010 (English, hw431, unseen)': {
    precision: 0.789,
    recall: 0.882,
    f1: 0.833,
    negativesEmpty: 0.938,
  },
  'round 1020 (English, hw431, unseen)': { precision: 0.85, recall: 0.944, f1: 0.895, negativesEmpty: 0.938 },
  // Rounds 1030 (languages.round99.en.table.ts, hw433's fortnight of one job seeker's inbox, a third of it long mail
  // with signatures and quotes) and 1040 (round100, hw434's hard cases: two or more dates of which one or none is the
  // reader's), the pass's last, first read by the engine of 269b07d (990–1020's fixes). Misses, 1030: NHS Jobs'
  // "complete shortlisting by Wednesday 9 November … within 5 working days of the shortlisting date" gave the step's
  // day, not the window from it; a recruiter's "let me know today or first thing tomorrow if that works" read as a
  // slot tomorrow; "Kindly wait for our call or text within 3-5 working days" read as a hold, not a promise. 1040: an
  // agency's "three pre-screened forklift operators who can interview with your shift supervisors on Monday, April 3"
  // to the employer read as the reader's slot.
  'round 1030 (English, hw433, unseen)': { precision: 0.857, recall: 0.9, f1: 0.878, negativesEmpty: 1 },
  'round 1040 (English, hw434, unseen)': { precision: 0.958, recall: 1, f1: 0.979, negativesEmpty: 0.944 },
  // Rounds 111–113 (languages.lead.foreign.table.ts), the lead's own German, Spanish and French sentences, one per
  // class, first read by the engine of b5309b3. Miss: a promise after ", así que" hidden by others' interviews
  // before it in the sentence.
  'round 111 (German, lead, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 112 (Spanish, lead, unseen)': { precision: 1, recall: 0.9, f1: 0.947, negativesEmpty: 1 },
  'round 113 (French, lead, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 115–117 (same file), the lead's second German, Spanish and French sentence rounds, first read by the engine
  // of 0f5883b (before rounds 101–106 were merged). Misses: "melden Sie sich ab dem 15." / "escríbeme a partir del
  // 15" / "recontacter à partir du 15" (contact welcome from a day) and "prend … une quinzaine de jours".
  'round 115 (German, lead, unseen)': { precision: 0.857, recall: 0.857, f1: 0.857, negativesEmpty: 1 },
  'round 116 (Spanish, lead, unseen)': { precision: 0.857, recall: 0.857, f1: 0.857, negativesEmpty: 1 },
  'round 117 (French, lead, unseen)': { precision: 1, recall: 0.714, f1: 0.833, negativesEmpty: 1 },
  // Rounds 301–303 (languages.round20.foreign.table.ts): Austria, Switzerland, Mexico, Argentina, Colombia, Chile,
  // Belgium, Québec, Geneva, Senegal, Morocco; Personio tables, SuccessFactors, Workday, softgarden, Computrabajo,
  // InfoJobs, Welcome to the Jungle, Teamtailor; negatives with a job's words. First read by the engine of 3f11906.
  // Misses: "bis zum Ende der Bewerbungsfrist am 19. April und melden uns dann innerhalb von zwei Wochen" counted from
  // the day of writing, a two-day "Assessment-Center … am 24. und 25. April … Beginn ist jeweils um 8:30 Uhr" gave
  // nothing, "dass wir Sie gerne als … einstellen möchten" was no offer, a colleague's "kannst du … beim
  // Vorstellungsgespräch mit der Kandidatin … dabei sein?" read as an interview; "las pruebas presenciales … los días
  // 23 y 24 de abril … El primer día deberás presentarte a las 9:30" gave nothing; "Vous recevrez une réponse une
  // semaine plus tard" after the interview's day gave nothing, "du 25 au 26 avril … Début des épreuves le premier jour
  // à 8 h" lost its clock, a colleague's "me remplacer pour l'entretien du candidat de 14h demain" read as an interview.
  'round 301 (German, unseen)': { precision: 0.778, recall: 0.7, f1: 0.737, negativesEmpty: 0.75 },
  'round 302 (Spanish, unseen)': { precision: 1, recall: 0.917, f1: 0.957, negativesEmpty: 1 },
  'round 303 (French, unseen)': { precision: 0.833, recall: 0.833, f1: 0.833, negativesEmpty: 0.75 },
  // Rounds 304–304c (same file), written after rounds 301–303's fixes and first read by the engine of 5bdd5b5. Misses:
  // a dentist's "Erinnerung an Ihren Termin … Kontrolluntersuchung" read as an interview; "Te pedimos no llamar ni
  // escribir antes del lunes 16" gave a no-calls beside its hold-off, "¿Te sumas a la entrevista del jueves a las
  // 11:00 con Laura Gómez, la candidata para Finanzas?" and a health centre's "Su cita … consulta 12 (enfermería)"
  // read as interviews; a colleague's "Tu peux faire passer l'entretien de Mme Dubois lundi à 9h à ma place ?" read
  // as an interview.
  'round 304 (German, unseen)': { precision: 0.9, recall: 1, f1: 0.947, negativesEmpty: 0.75 },
  'round 304b (Spanish, unseen)': { precision: 0.769, recall: 1, f1: 0.87, negativesEmpty: 0.5 },
  'round 304c (French, unseen)': { precision: 0.889, recall: 1, f1: 0.941, negativesEmpty: 0.75 },
  // Rounds 305–305c (same file), written after rounds 304–304c's fixes and first read by the engine of c935c6a. Misses:
  // "Ihr Vertragsentwurf folgt bis Ende der Woche" (no promise), a Kita's "wir laden Sie herzlich zum Elternabend … um
  // 19:30 Uhr … ein" and a bank's "Beratungstermin in der Filiale … Thema: Baufinanzierung" read as interviews; "Nos
  // encantaría que te incorporases al equipo" (no offer), "espera hasta el lunes 27 de enero antes de escribirnos" (no
  // hold-off), "Necesitamos cambiar tu entrevista del jueves 16. ¿Te funciona el viernes 17 a las 12:30?" (no slot),
  // a team's "Equipo: … hacemos las entrevistas para practicantes. El lunes 20 a las 9:00 arrancamos" read as an
  // interview; "après la date limite du 24 janvier ; merci de ne pas nous contacter d'ici là" (no hold-off).
  'round 305 (German, unseen)': { precision: 0.818, recall: 0.9, f1: 0.857, negativesEmpty: 0.5 },
  'round 305b (Spanish, unseen)': { precision: 0.875, recall: 0.7, f1: 0.778, negativesEmpty: 0.75 },
  'round 305c (French, unseen)': { precision: 1, recall: 0.875, f1: 0.933, negativesEmpty: 1 },
  // Rounds 306–306c (same file), written after rounds 305–305c's fixes and first read by the engine of 3d74414. Misses:
  // "Wir danken Ihnen für das angenehme Gespräch von heute Morgen" read as an interview today, "erst nach meiner
  // Rückkehr am 31. März" read as the day after; "Le invitamos a una entrevista presencial el martes 18 de marzo a
  // las 10:00 a. m. en nuestras oficinas de la avenida Winston Churchill" gave nothing, a hire's "Te esperamos el lunes
  // 24 de marzo a las 8:00 para firmar el contrato", a colleague's "¿Puedes reservar la sala 3 el jueves 20 a las 11:00?
  // Tenemos entrevista con la candidata de Marketing.", "su cita en Clínica Dental Sonríe" and a gym's "clase de
  // spinning" read as interviews.
  'round 306 (German, unseen)': { precision: 0.8, recall: 0.889, f1: 0.842, negativesEmpty: 1 },
  'round 306b (Spanish, unseen)': { precision: 0.636, recall: 0.875, f1: 0.737, negativesEmpty: 0.25 },
  'round 306c (French, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 307–307c (same file), written after rounds 306–306c's fixes and first read by the engine of eb4cc40. Misses:
  // a Swiss "Schnuppertag … von 9 bis 12 Uhr" gave nothing, a "Termin im Bürgeramt … Anliegen: Personalausweis
  // beantragen" read as an interview; "¡Gracias por la charla de ayer! Te escribimos la semana que viene" gave nothing,
  // "no se facilitará información telefónica sobre el proceso" (no no-calls), "su cita con el traumatólogo" read as an
  // interview; "dans les cinq jours ouvrables suivant l'entrevue" (Québec) read as the interview's own day, a
  // colleague's "entretien avec Paul Martin, candidat au poste de vendeur, jeudi à 15h" and a vet's "rendez-vous pour
  // Minou chez le vétérinaire" read as interviews.
  'round 307 (German, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 0.75 },
  'round 307b (Spanish, unseen)': { precision: 0.875, recall: 0.778, f1: 0.824, negativesEmpty: 0.75 },
  'round 307c (French, unseen)': { precision: 0.727, recall: 0.889, f1: 0.8, negativesEmpty: 0.5 },
  // Rounds 308–308c (languages.round21.foreign.table.ts), half negatives with a job's words, committed before the
  // engine of f44277f (fx301's leftovers fixed) read them. Misses: a referee's "Herr Feld hat … Sie als Referenz
  // angegeben. Hätten Sie am Dienstag … um 10 Uhr Zeit für ein kurzes Telefonat?", a landlord's "Besichtigung der
  // 3,5-Zimmer-Wohnung", a car's "Termin zur Inspektion Ihres VW Golf" and a student's "mündliche Prüfung im Modul
  // Personalmanagement" read as interviews; "Tu perfil fue seleccionado para la vacante" (shortlisted) read as an
  // offer, an interviewer's "agenda de entrevistas que usted realizará" and a "defensa de tesis" read as interviews;
  // "Merci de ne pas relancer l'agence par téléphone : votre consultante reviendra vers vous d'ici le 22" gave a
  // hold-off beside its no-calls, a panel member's "siéger dans le jury de recrutement … vous recevrez les CV des
  // candidats lundi" read as a promise, a car's "révision des 30 000 km" read as an interview.
  'round 308 (German, unseen)': { precision: 0.692, recall: 1, f1: 0.818, negativesEmpty: 0.5 },
  'round 308b (Spanish, unseen)': { precision: 0.769, recall: 1, f1: 0.87, negativesEmpty: 0.75 },
  'round 308c (French, unseen)': { precision: 0.769, recall: 1, f1: 0.87, negativesEmpty: 0.75 },
  // Rounds 309–309c (same file), written after rounds 308–308c's fixes and first read by the engine of 086e7b7.
  // Misses: "Von Sachstandsanfragen bitten wir abzusehen" (no no-calls), "bis einschließlich 21. März im
  // Betriebsurlaub. Bitte melden Sie sich erst danach wieder" read as the 21st, a nursery's "Eingewöhnungsgespräch",
  // an energy adviser's "Telefontermin" and "Sie sind als Interviewer für das Gespräch mit Herrn Yüksel … eingetragen"
  // read as interviews; a job board's "Nuevos avisos … Entrevistas el martes 18/03 de 9 a 13 h", "la Fran tiene
  // entrevista en Falabella el jueves a las 10" and a car's "revisión técnica" read as interviews; "invité(e) au test
  // informatisé de la sélection" and "ne pas vous présenter … ni de nous relancer avant … le 28 mars" gave nothing, an
  // employee's "entretien préalable à une éventuelle sanction disciplinaire", a bank adviser's "rendez-vous" and a
  // colleague's "j'ai un entretien chez L'Oréal vendredi 14 à 9h" read as interviews.
  'round 309 (German, unseen)': { precision: 0.556, recall: 0.714, f1: 0.625, negativesEmpty: 0.5 },
  'round 309b (Spanish, unseen)': { precision: 0.727, recall: 1, f1: 0.842, negativesEmpty: 0.571 },
  'round 309c (French, unseen)': { precision: 0.667, recall: 0.75, f1: 0.706, negativesEmpty: 0.571 },
  // fx403. Rounds 311–311c (languages.round22.foreign.table.ts, hw405's, written without the rules), first read by the
  // engine of 18315af (fx403's rule: no application word and the reader addressed otherwise holds nothing). Misses: a
  // landlord's "Besichtigungstermin … Bitte bringen Sie … Ihre Bewerbungsunterlagen mit (Mieterselbstauskunft …)" read
  // as an interview, a friend's "Die Sparkasse hat mich zum Vorstellungsgespräch eingeladen! Am Freitag, 14. März um 10
  // Uhr …" read as an interview and a promise; an agency's "tenemos cinco técnicos … ¿Le parece si agendamos una
  // llamada el jueves 13 de marzo a las 10:00 para presentarle los perfiles?" to an employer read as an interview; a
  // visa centre's "Votre rendez-vous pour le dépôt de votre demande de visa « Travailleur salarié » … Date : lundi 24
  // mars 2031 / Heure : 09 h 15" read as an interview.
  'round 311 (German, hw405, unseen)': { precision: 0.727, recall: 1, f1: 0.842, negativesEmpty: 0.714 },
  'round 311b (Spanish, hw405, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 0.857 },
  'round 311c (French, hw405, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 0.857 },
  // Rounds 310–310c (languages.round23.foreign.table.ts, fx403's own), written after rounds 311–311c's fixes and first
  // read by the engine of 66562eb. Misses: a newspaper's "Interviewanfrage … Hätten Sie am Mittwoch, 16. April, um 10
  // Uhr Zeit für ein kurzes Telefoninterview?", market research's "an unserem Interview zum Thema Online-Banking
  // teilnehmen … Aufwandsentschädigung", a choir's "Vorsingen" and a witness's "Ladung als Zeuge … Hauptverhandlung"
  // read as interviews; the labour-force survey's "Una entrevistadora del INE le visitará el miércoles 16 de abril"
  // read as a promise, a witness's "citación … audiencia … Juzgado Laboral" as an interview; a radio's "Demande
  // d'interview … émission sur l'emploi des seniors", the Insee's "enquête Emploi … réaliser l'entretien", a labour
  // court's "audience du bureau de conciliation … prud'hommes" and a "don de sang" read as interviews.
  'round 310 (German, fx403, unseen)': { precision: 0.667, recall: 1, f1: 0.8, negativesEmpty: 0.333 },
  'round 310b (Spanish, fx403, unseen)': { precision: 0.818, recall: 1, f1: 0.9, negativesEmpty: 0.667 },
  'round 310c (French, fx403, unseen)': { precision: 0.636, recall: 1, f1: 0.778, negativesEmpty: 0.333 },
  // Rounds 312–312c (languages.round22.foreign.table.ts, hw405's, written without the rules), first read by the engine
  // of 8e95573 (rounds 310–310c's fixes). Miss: a colleague's "Martín tiene una entrevista de trabajo en Mercado Austral
  // el lunes 27 a las 10" read as the reader's interview.
  'round 312 (German, hw405, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 312b (Spanish, hw405, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 0.857 },
  'round 312c (French, hw405, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // fx410. Rounds 313–313c (languages.round24.foreign.table.ts, fx410's own), first read by the engine of f28722c
  // (fx410's rule: German "Ihr" with its capital is the reader's, a child's interview another's). Misses: "dass Sie
  // sich im Auswahlverfahren … durchgesetzt haben. Gerne möchten wir Sie … einstellen" was no offer, a university's
  // "Auswahlgespräch für den Masterstudiengang", a recruiter's "den Termin mit Herrn Okafor, unserem Kandidaten …
  // bei Ihnen im Werk" to the hiring manager and a tax adviser's "Besprechung Ihrer Einkommensteuererklärung" read as
  // interviews (with a promise each for the last two); "en las dos semanas siguientes al cierre" after "La
  // convocatoria cierra el 13 de junio" was counted as the end of the month, a recruiter's "el candidato … estará en
  // tu oficina … para la entrevista" and a TV casting's "Te esperamos en la prueba de cámara" read as interviews, a
  // notary's "te enviaremos el borrador antes del lunes" as a promise; a recruiter's "l'entretien avec Mme Girard,
  // notre candidate", a master's "entretien d'admission", a pension fund's "entretien information retraite" and an
  // amateur troupe's "audition" read as interviews, a notary's "nous vous adresserons le projet d'acte d'ici vendredi"
  // as a promise.
  'round 313 (German, fx410, unseen)': { precision: 0.583, recall: 0.875, f1: 0.7, negativesEmpty: 0.5 },
  'round 313b (Spanish, fx410, unseen)': { precision: 0.6, recall: 0.857, f1: 0.706, negativesEmpty: 0.5 },
  'round 313c (French, fx410, unseen)': { precision: 0.643, recall: 1, f1: 0.783, negativesEmpty: 0.167 },
  // Rounds 314–314c (languages.round25.foreign.table.ts, hw409's, written without the rules), first read by the engine
  // of 4bf3cc6 (fx410's HEAD before the merge). Misses: "Bitte sehen Sie in der Zwischenzeit von telefonischen Rückfragen
  // zum Stand Ihrer Bewerbung ab" (no no-calls), an agency's "Gern stelle ich Ihnen passende Profile in einem kurzen
  // Termin vor – passt Ihnen Dienstag, 24. Mai um 10:00 Uhr?" to an employer read as an interview; a city's "el tribunal calificador le convoca a la entrevista curricular el
  // lunes 6 de junio de 2033 a las 12:30 horas" gave nothing, a landlord's "podemos hacer la visita el sábado 21 a
  // las 12" read as an interview; a webinar's "Inscrivez-vous avant le 23 mai" read as a promise.
  'round 314 (German, hw409, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 0.857 },
  'round 314b (Spanish, hw409, unseen)': {
    precision: 0.875,
    recall: 0.875,
    f1: 0.875,
    negativesEmpty: 0.857,
  },
  'round 314c (French, hw409, unseen)': { precision: 0.9, recall: 1, f1: 0.947, negativesEmpty: 0.857 },
  // Rounds 315–315c (the same file, hw409's), first read by the engine of d5d487e (fx410's HEAD before the merge,
  // rounds 313–314c's fixes). Misses: the Bundesagentur's "Termin: Dienstag, 22.11.2033, 9:30 Uhr" under "Die Gespräche
  // finden an drei Tagen statt (21., 22. und 23. November 2033); für Sie haben wir folgenden Termin reserviert" and
  // its "innerhalb von drei Wochen nach dem Auswahlgespräch" gave nothing, a careers fair's programme ("Do 17.11., 10:00
  // Uhr: CV-Check mit Recruiter:innen") read as an interview, a doctor's "Termin zur Gesundenuntersuchung … Absage bis
  // spätestens 24 Stunden vorher" as an interview and a promise; a Diputación's "queda convocada el martes 15 de
  // noviembre de 2033 a las 11:20 horas" under the "calendario de entrevistas" of all gave nothing, an offer's "fecha
  // de ingreso el lunes 2 de enero" after "tus entrevistas" and an ATS's "Te asignaron como entrevistador … Entrevista:
  // jueves 10 de noviembre, 16:00" read as interviews; a recruiter's "votre dossier à mon client, qui doit encore
  // rencontrer deux candidats lundi et mardi" read as an interview, a concours' "Vous êtes convoquée à l'entretien avec
  // le jury :\n\nle jeudi 24 novembre 2033 à 8 h 45" after "du lundi 21 au mercredi 30 novembre" gave nothing, an
  // agency's "vous présenter une sélection de profils lors d'un rendez-vous le mardi 15 novembre à 10 h" to an HR
  // director read as an interview.
  'round 315 (German, hw409, unseen)': { precision: 0.7, recall: 0.778, f1: 0.737, negativesEmpty: 0.714 },
  'round 315b (Spanish, hw409, unseen)': {
    precision: 0.778,
    recall: 0.875,
    f1: 0.824,
    negativesEmpty: 0.857,
  },
  'round 315c (French, hw409, unseen)': { precision: 0.778, recall: 0.875, f1: 0.824, negativesEmpty: 0.857 },
  // fx418. Rounds 316–316c (languages.round26.foreign.table.ts, fx418's own), first read by the engine of 22b02ce
  // (fx418's rule: an appointment named by what it is for and a reader greeted by a role hold nothing where no job's
  // word stands). Misses: "Von Rückfragen zum Bearbeitungsstand bitten wir Sie abzusehen" gave no no-calls, a handball
  // club's "zum Probetraining … melden uns bis Ende nächster Woche bei dir" read as a promise, an animal shelter's
  // "Kennenlerntermin: Samstag, 11. März, um 14 Uhr bei uns im Tierheim" as an interview, a plumber's "Unseren
  // Kostenvoranschlag erhalten Sie dann innerhalb von fünf Werktagen" as a promise; "mover tu entrevista técnica del
  // miércoles 8 al viernes 10 de marzo, a la misma hora (10:00 a. m.)" gave nothing, a language school's "prueba de
  // nivel", a company's "agendar una reunión con usted … para coordinar una charla en la facultad" to a careers
  // office (with "Le envío nuestra propuesta antes del miércoles" as a promise) and a car buyer's "podría pasar a verlo
  // el sábado 11 de marzo a las 10:00" read as interviews; a Pilates studio's "séance d'essai" (its "Nous vous
  // recontacterons d'ici lundi" as a promise) and a marketplace buyer's "propose de passer l'essayer samedi 11 mars à
  // 15 h" read as an interview.
  'round 316 (German, fx418, unseen)': { precision: 0.7, recall: 0.875, f1: 0.778, negativesEmpty: 0.5 },
  'round 316b (Spanish, fx418, unseen)': { precision: 0.6, recall: 0.857, f1: 0.706, negativesEmpty: 0.5 },
  'round 316c (French, fx418, unseen)': { precision: 0.778, recall: 1, f1: 0.875, negativesEmpty: 0.667 },
  // Rounds 317–317c (languages.round27.foreign.table.ts, hw417's, written without the rules), first read by the engine
  // of 8a4d884 (fx418's HEAD before the merge, rounds 316–316c's fixes). Misses: a Swiss "Besten Dank für … das
  // angenehme Gespräch vom vergangenen Montag" read as an interview next Monday; the Bundesagentur's "bis zum Ablauf
  // der Bewerbungsfrist von Sachstandsanfragen abzusehen" after "Die Bewerbungsfrist endet am 28. Februar 2035" gave a
  // no-calls for the hold-off, and its "spätestens sechs Wochen nach Fristende" counted from the day of writing; a
  // recruiter's "die Bewerbungsunterlagen von Frau Kessler für das Vorstellungsgespräch am Freitag, 16.02., um 10:00
  // Uhr in Ihrem Büro … Der Gesprächsleitfaden liegt bei" to the interviewer read as an interview and its "Bitte
  // tragen Sie Ihre Bewertung bis Montag … ein" as a promise; an ayuntamiento's "usted … figura en el turno M–Z y
  // tiene asignada su entrevista el martes 6 de marzo de 2035 a las 11:20" under the turns of all gave nothing; a
  // friend's "ma sœur a son entretien chez Maison Dorval mardi à 9 h … Je passe la chercher dimanche si ça te va"
  // read as an interview on Sunday, and Manpower's "Vos besoins en personnel … un rendez-vous téléphonique le jeudi
  // 22 février à 11 h afin de vous présenter nos solutions d'intérim" to a director as an interview.
  'round 317 (German, hw417, unseen)': { precision: 0.615, recall: 0.8, f1: 0.696, negativesEmpty: 0.857 },
  'round 317b (Spanish, hw417, unseen)': { precision: 1, recall: 0.875, f1: 0.933, negativesEmpty: 1 },
  'round 317c (French, hw417, unseen)': { precision: 0.818, recall: 1, f1: 0.9, negativesEmpty: 0.714 },
  // Rounds 318–318c (the same file, hw417's), first read by the engine of 2babc20 (rounds 317–317c's fixes; 318–318c
  // were merged with 317–317c but not read before it). Misses: a Swiss "Merci für das spannende Gespräch heute
  // Nachmittag" read as an interview today; "te estaremos contactando a finales de mes" gave nothing beside "no nos
  // escribas antes del lunes 1 de octubre" (a promise before the first day contact is welcome was dropped), "Te
  // comparto la agenda de entrevistas para la vacante … – martes 25 de septiembre, 10:00 – Karla Ríos" to the
  // interviewer read as an interview; "dans les dix prochains jours ouvrables" counted calendar days.
  'round 318 (German, hw417, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 1 },
  'round 318b (Spanish, hw417, unseen)': {
    precision: 0.889,
    recall: 0.889,
    f1: 0.889,
    negativesEmpty: 0.857,
  },
  'round 318c (French, hw417, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 1 },
  // fx426. Rounds 319–319c (languages.round28.foreign.table.ts, fx426's own), first read by the engine of db2a8fa
  // (fx426's rule: a familiar message naming the reader's own interview beside a third person's keeps the reader's).
  // Misses: "Ihnen nach den guten Gesprächen die Position als Disponent in unserem Team in Hamburg-Billbrook anbieten
  // zu können" gave no offer; a colleague's "Ich habe am Donnerstag, 28.9., um 10 Uhr ein Vorstellungsgespräch …
  // Könntest du meine Frühschicht übernehmen?", a club's "Einladung zur Mitgliederversammlung … Kandidatinnen und
  // Kandidaten … reichen ihre Bewerbung … ein" and a paid "Interview-Simulation" (with "Die Rechnung … in den nächsten
  // Tagen" as a promise) read as interviews; a departing employee's "Ihre Endabrechnung … erhalten Sie bis spätestens
  // 15. Oktober", HR's onboarding to the hiring manager ("Ihre neue Teamkollegin … Den Einarbeitungsplan schicken wir
  // Ihnen bis Freitag") and a photo studio's "Shooting für Bewerbungsfotos … innerhalb von 5 Werktagen" read as
  // promises; a career counsellor's "sous quinzaine après la dernière séance" of a "bilan de compétences" as a
  // promise, and an occupational health visit after hiring ("tu es convoqué à la visite de santé au travail le jeudi
  // 5 octobre à 8 h 45") as an interview.
  'round 319 (German, fx426, unseen)': { precision: 0.5, recall: 0.875, f1: 0.636, negativesEmpty: 0 },
  'round 319b (Spanish, fx426, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 319c (French, fx426, unseen)': { precision: 0.8, recall: 1, f1: 0.889, negativesEmpty: 0.667 },
  // Rounds 320–320c (languages.round29.foreign.table.ts, hw425's, written without the rules), first read by the engine
  // of bc4ff15 (fx426's HEAD before the merge, rounds 319–319c's fixes). Misses: Adecco's "Ich melde mich bis
  // spätestens Freitag mit einer ersten Rückmeldung bei Ihnen" gave nothing after "Der Kunde sichtet derzeit die
  // Unterlagen der Kandidaten" (read as a third person's papers); JOIN's offer "nach den Gesprächen mit dir und dem
  // Probetag am Montag … Wir möchten dir sehr gerne die Stelle … anbieten" gave an interview next Monday; Computrabajo's
  // "usted será contactado(a) dentro de los próximos cinco días hábiles" gave nothing.
  'round 320 (German, hw425, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 1 },
  'round 320b (Spanish, hw425, unseen)': { precision: 1, recall: 0.875, f1: 0.933, negativesEmpty: 1 },
  'round 320c (French, hw425, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 321–321c (the same file, hw425's; committed with 320–320c's but not read before their fixes), first read by
  // the engine of 53454dc. Misses: Adecco's "Merci pour votre appel de ce matin et pour votre retour très positif sur
  // l'entretien de mercredi" gave a promise and an interview next Wednesday, and its "Je reviens vers vous d'ici mardi
  // au plus tard" gave way to the later day; Hays' "J'ai vu que vous recrutiez un contrôleur de gestion … j'ai
  // actuellement trois candidats qualifiés … Seriez-vous disponible jeudi 29 octobre à 10 h" to an employer read as
  // an interview.
  'round 321 (German, hw425, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 321b (Spanish, hw425, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 321c (French, hw425, unseen)': { precision: 0.75, recall: 0.857, f1: 0.8, negativesEmpty: 0.857 },
  // Rounds 322–323c (languages.round30.foreign.table.ts, hw429's whole ATS mails and reply chains, written without the
  // rules), first read by the engine of 6724806 (fx426's fixes merged). Misses: a Luxembourg Workday rejection gave no
  // outcome; a friend's "Mein Vorstellungsgespräch bei der Sparkasse ist jetzt fix – Freitag, 18.03. um 10 Uhr" read as
  // the reader's slot; InfoJobs' "en un plazo máximo de 7 días hábiles" gave nothing; a university job fair's day read
  // as a slot; Welcome to the Jungle's "mardi 22 mars 2039 à 14 h 30" gave nothing; "Anfang kommender Woche" after "danke
  // dir für das Gespräch heute" gave nothing; a dental clinic's "Te recordamos tu cita" read as a slot; "dans le courant
  // de la semaine prochaine" gave nothing; Manpower's pitch to a warehouse director read as a slot.
  'round 322 (German, hw429, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 0.857 },
  'round 322b (Spanish, hw429, unseen)': {
    precision: 0.875,
    recall: 0.875,
    f1: 0.875,
    negativesEmpty: 0.857,
  },
  'round 322c (French, hw429, unseen)': { precision: 1, recall: 0.875, f1: 0.933, negativesEmpty: 1 },
  'round 323 (German, hw429, unseen)': { precision: 1, recall: 0.889, f1: 0.941, negativesEmpty: 1 },
  'round 323b (Spanish, hw429, unseen)': { precision: 0.9, recall: 1, f1: 0.947, negativesEmpty: 0.857 },
  'round 323c (French, hw429, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 0.857 },
  // fx432. Rounds 324–324c (languages.round31.foreign.table.ts, fx432's own), first read by the engine of 4eea3d0
  // (rounds 322–323c's fixes). Misses: "bis einschließlich 22. Juni im Urlaub; bitte sehen Sie bis dahin von Nachfragen
  // ab" gave the 22nd, not the 23rd; a background check's "drei bis fünf Werktage nach Eingang Ihrer Angaben" counted
  // from the form's deadline of the sentence before; an ÖSD and a Cambridge C1 exam's "Die Ergebnisse erhalten Sie
  // innerhalb von vier Wochen" / "se publicarán en un plazo de cuatro semanas" read as promises; a reply's moved slot
  // ("movemos la entrevista al lunes 18 de junio a las 16:00", "décalons à jeudi 14 juin, 17 h") gave nothing beside
  // the weekday of its subject line ("RE: Entrevista miércoles"); a colleague's "¿Me podrías reemplazar en la
  // entrevista del jueves 14 a las 15:00 con el postulante a bodeguero?", an SNCF e-ticket and a babysitter's "je
  // récupère Lina à l'école à 16 h 30 … Bon courage pour ton rendez-vous" read as interviews.
  'round 324 (German, fx432, unseen)': { precision: 0.7, recall: 0.875, f1: 0.778, negativesEmpty: 0.667 },
  'round 324b (Spanish, fx432, unseen)': { precision: 0.75, recall: 0.857, f1: 0.8, negativesEmpty: 0.667 },
  'round 324c (French, fx432, unseen)': { precision: 0.75, recall: 0.857, f1: 0.8, negativesEmpty: 0.667 },
  // hw438. Rounds 325–326c (languages.round32.foreign.table.ts: Austria, Switzerland, Luxembourg, Belgium, Québec,
  // West and North Africa, Latin America; craftspeople, hospitals, schools, cities; unaccented and mixed-register
  // text), first read by the engine of 640dfa1. Misses: a care home's "haben wir uns entschieden, die Stelle mit einer
  // Kandidatin zu besetzen" and a carpenter's "Wir wollen dich gern … als Geselle einstellen" / "on aimerait te prendre
  // en CDI" gave no outcome; unaccented "spaetestens Ende naechster Woche" and "Ich meld mich Mitte nächster Woche bei
  // dir" no promise; Swiss "Datum: Dienstag, 3.11.43 / Zeit: 10.00 Uhr" read as 03:11 on the Tuesday before;
  // Argentine "¿Podés venir el lunes 16 a las 9 al taller?" no interview; "En un plazo máximo de ocho (8) días
  // hábiles" no promise. Negatives read: an evaluación de desempeño's and an entretien annuel's meetings, a friend's
  // "la entrevista es el jueves 19 a las 10", a webinar at 18:30, a referee's call slot, Adecco selling to an
  // employer, a CPE's welcome meeting; an agency's "bis Ende Oktober keine Rückfragen weiterzugeben" read as no-calls
  // beside its hold-off.
  'round 325 (German, hw438, unseen)': { precision: 1, recall: 0.625, f1: 0.769, negativesEmpty: 1 },
  'round 325b (Spanish, hw438, unseen)': { precision: 0.75, recall: 0.75, f1: 0.75, negativesEmpty: 0.714 },
  'round 325c (French, hw438, unseen)': { precision: 0.875, recall: 0.875, f1: 0.875, negativesEmpty: 0.857 },
  'round 326 (German, hw438, unseen)': { precision: 0.667, recall: 0.75, f1: 0.706, negativesEmpty: 0.857 },
  'round 326b (Spanish, hw438, unseen)': { precision: 0.8, recall: 1, f1: 0.889, negativesEmpty: 0.714 },
  'round 326c (French, hw438, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 0.857 },
  // Rounds 1050–1100 (languages.round101–106.en.table.ts; hw435, hw436, hw437, written before the engine read them),
  // first read by the engine of 640dfa1. Misses, 1050–1060 (the reader on the hiring side, in near twins of candidate
  // mail): a GoodTime "Interview scheduled: <candidate> – Onsite" to the coordinator, an Ashby debrief, a status change
  // "moved to Rejected … scheduled to be sent to the candidate", an offer approval, an NHS panel ("you are on the panel
  // for the session from 10:45"), a promotions panel, a Workable evaluation reminder, "please record your hiring
  // decision within 7 to 10 business days", a Dover pipeline digest, a SuccessFactors "sent to the applicant … on your
  // behalf", an agency's "three shortlisted Financial Controllers for you", a police panel roster, a redundancy
  // consultation and a Zoom panelist's invitation all gave findings; Calendly's "(Australian Eastern Daylight Time)"
  // for a Brisbane reader kept its clock; "update you on the outcome of your assessment within 14 working days" gave
  // nothing. 1070–1080 (other kinds of hiring): an assessment centre's "Event: Final Assessment Centre / Date:
  // 04/11/2081 / Start: 09:00", a campus visit "on November 17–18", a commission's "Personality Test (Interview) will
  // be held on 12.11.2081 at 10:30 AM", an army "Assessment Session … Date: Thursday 27/03/2081" and a board's
  // "Thursday 20 March at 10:00 a.m. Eastern" gave no interview; windows counted from a day named elsewhere ("within 10
  // working days of the window closing", "within 5 working days of the final interview date", "within 7 working days
  // after the assessment window closes", "within 30 days of the referral date") gave nothing or the wrong day; "no
  // later than Friday 19 December", "feedback by Wednesday", "by the end of next week" and "by Friday 28 March" were
  // lost; an alumni evening and an assessor's briefing read as interviews; an assignment extended "until 30 June" as a
  // promise. 1090–1100 (a realistic mix): windows counted from a certificate's issue date and from shortlisting lost;
  // "we will update you early next month" lost; "Onsite Interview Schedule - Monday, November 2, 2082" over a table of
  // times, and a reschedule's "Thursday 5 November at 11.30am", gave no interview; a career fair and a citizenship
  // test read as interviews.
  'round 1050 (English, hw435, unseen)': {
    precision: 0.593,
    recall: 0.941,
    f1: 0.727,
    negativesEmpty: 0.563,
  },
  'round 1060 (English, hw435, unseen)': { precision: 0.64, recall: 0.941, f1: 0.762, negativesEmpty: 0.563 },
  'round 1070 (English, hw436, unseen)': { precision: 0.813, recall: 0.65, f1: 0.722, negativesEmpty: 0.882 },
  'round 1080 (English, hw436, unseen)': {
    precision: 0.923,
    recall: 0.667,
    f1: 0.774,
    negativesEmpty: 0.944,
  },
  'round 1090 (English, hw437, unseen)': {
    precision: 0.938,
    recall: 0.833,
    f1: 0.882,
    negativesEmpty: 0.938,
  },
  'round 1100 (English, hw437, unseen)': {
    precision: 0.944,
    recall: 0.895,
    f1: 0.919,
    negativesEmpty: 0.941,
  },
  // Rounds 1110 and 1120 (languages.round107–108.en.table.ts; hw441, hw442), first read by the engine of 3c3183c
  // (1050–1100's fixes). No finding was lost. Negatives read: two friends' own news ("guess who got through to the
  // final round at Fenwick & Co … Final interview is Monday at 10", "I got shortlisted at KCB! Interview is Monday at
  // 9am"), a hiring manager's "We've shortlisted three candidates for your panel interviews next Thursday … aiming to
  // make an offer by the end of the month", and a citizenship office's "attend an interview with a citizenship
  // official … Date: November 21 … Time: 9:30 a.m." with its 30 days.
  'round 1110 (English, hw441, unseen)': { precision: 0.9, recall: 1, f1: 0.947, negativesEmpty: 0.875 },
  'round 1120 (English, hw442, unseen)': { precision: 0.84, recall: 1, f1: 0.913, negativesEmpty: 0.875 },
  // Rounds 1130 and 1140 (languages.round109–110.en.table.ts; hw443, hw444), first read by the engine of 534e198
  // (1110–1120's fixes). Misses, 1130: Greenhouse's "Date: Tuesday, October 30 / Time: 1:00 PM - 2:00 PM CDT" beside
  // "within 3 business days of your interview" counted the window from the day of writing; Hays's "I've booked you in
  // for\nThursday 1 November at 3pm UK time, which is 11am for you" (a line break inside the sentence) and "They've
  // said they'll make a decision by the end of next week" were lost; a director's "Can you book him for the final
  // round with Rashid on Tuesday at 3pm? … let the other two finalists know we'll have a decision by Thursday" and a
  // USCIS "NATURALIZATION INITIAL INTERVIEW … Date: … Time: 08:30 AM" read as the reader's. 1140: Greenhouse's labels
  // on their own lines ("Date\nWednesday, March 27\nTime\n1:00 PM") and a forwarded "Please schedule the technical
  // round with me on 22/03/2086 at 11:00 AM IST … share the link with the candidate" below "Kindly be available on
  // the said date and time" gave no interview; a founder's lowercase "we want you as our first design hire" no
  // offer; a board's "Canvassing in any form will lead to automatic disqualification" read as no-calls.
  'round 1130 (English, hw443, unseen)': { precision: 0.84, recall: 0.875, f1: 0.857, negativesEmpty: 0.882 },
  'round 1140 (English, hw444, unseen)': { precision: 0.933, recall: 0.824, f1: 0.875, negativesEmpty: 1 },
  // Rounds 1150–1180 (languages.round111–114.en.table.ts; hw445, hw446), first read by the engine of 430ccca
  // (1130–1140's fixes). Misses, 1150: NHS Jobs' "All applicants will be told whether or not they have been
  // shortlisted no later than 13/06/2087" and "The shortlisting process is expected to be finalised by mid-June 2087,
  // after which candidates will be advised of the outcome" gave no promise; a friend's "Sooo I got a second interview
  // at Deloitte!! Thursday at 3pm" read as the reader's. 1160: "Final interviews … wrap up this week, but … we won't
  // get everyone in a room until after Thanksgiving. I'll reach out then with a decision" gave this week, not after
  // Thanksgiving. 1180: a cook's "can u come by tmrw around 4pm" read "by tmrw" as a bound and gave no slot; "All
  // candidates who wrote the test will receive their results within 14 days" and "We're confirming our winter crew by
  // early next month, and everyone we spoke to will hear from us either way" gave no promise. 1170: no miss.
  'round 1150 (English, hw445, unseen)': {
    precision: 0.941,
    recall: 0.889,
    f1: 0.914,
    negativesEmpty: 0.938,
  },
  'round 1160 (English, hw445, unseen)': { precision: 0.938, recall: 0.938, f1: 0.938, negativesEmpty: 1 },
  'round 1170 (English, hw446, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 1180 (English, hw446, unseen)': { precision: 1, recall: 0.842, f1: 0.914, negativesEmpty: 1 },
  // Rounds 1190 and 1200 (languages.round115–116.en.table.ts; hw447, hw448), first read by the engine of 9962949
  // (1150–1180's fixes and fx439's foreign rules). Miss, 1190: a Paradox bot's "Here's tomorrow's interview schedule for
  // Store #2231 (Wednesday, November 2): 9:00 AM – Jamal T. (Shift Lead) …" to the store manager read as the reader's
  // interview. 1200: no miss.
  'round 1190 (English, hw447, unseen)': { precision: 0.95, recall: 1, f1: 0.974, negativesEmpty: 0.941 },
  'round 1200 (English, hw448, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  // Rounds 327–330c (languages.round33–34.foreign.table.ts; hw440, hw449), first read by the engine of 9962949 (fx439's
  // fixes). Misses, German: "spätestens zwei Wochen danach" (after a closing day) and "bis spätestens Freitag, 27.
  // Mai 2044" lost; an agency's relayed "innerhalb von fünf Werktagen" read from the wrong day; an employee's
  // "Mitarbeiterjahresgespräche … Dein Gespräch mit Markus ist für Dienstag, 24. Mai, um 10 Uhr" and a colleague asked
  // "als Fachinterviewer dabei" read as the reader's; a thanks for "Gespräch heute" dated an interview today; an
  // agency's pitch to an employer; "Datum: 10.10.2045 / Uhrzeit: 09:00" under "Einladung zum Auswahlgespräch" lost; a
  // Luxembourg "Vertragsangebot" gave no offer; a "Hearing" thanks read as a promise. Spanish: "dentro de los próximos
  // diez días hábiles" relayed from a client lost; "no escribirme … antes del lunes 30 de mayo" read as a promise; a
  // Chilean offer ("tenemos el agrado de ofrecerle") lost; "le estaremos informando el resultado la próxima semana" and
  // "ese día te doy novedades" lost; an ATS to the interviewer ("Tienes una entrevista programada con el candidato")
  // and a panel ("Te he añadido al panel de entrevistas") read as the reader's; a welcome's start date read as an
  // offer. French: a friend's "Je passe mon entrevue chez Desjardins mardi à 10 h" and "J'ai enfin décroché un
  // entretien … mardi à 10h", a jury member's convocation and an agency's pitch read as the reader's; "d'ici mercredi
  // prochain au plus tard" and "au plus tard mercredi" relayed from a client lost; "ne pas communiquer directement
  // avec les gestionnaires" gave no no-calls.
  'round 327 (German, hw440, unseen)': { precision: 0.667, recall: 0.667, f1: 0.667, negativesEmpty: 0.857 },
  'round 327b (Spanish, hw440, unseen)': { precision: 0.857, recall: 0.75, f1: 0.8, negativesEmpty: 1 },
  'round 327c (French, hw440, unseen)': { precision: 0.889, recall: 1, f1: 0.941, negativesEmpty: 0.857 },
  'round 328 (German, hw440, unseen)': { precision: 0.9, recall: 1, f1: 0.947, negativesEmpty: 1 },
  'round 328b (Spanish, hw440, unseen)': { precision: 0.857, recall: 0.667, f1: 0.75, negativesEmpty: 0.857 },
  'round 328c (French, hw440, unseen)': { precision: 1, recall: 0.778, f1: 0.875, negativesEmpty: 1 },
  'round 329 (German, hw449, unseen)': { precision: 0.778, recall: 1, f1: 0.875, negativesEmpty: 0.857 },
  'round 329b (Spanish, hw449, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 0.857 },
  'round 329c (French, hw449, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 330 (German, hw449, unseen)': { precision: 0.75, recall: 0.75, f1: 0.75, negativesEmpty: 0.857 },
  'round 330b (Spanish, hw449, unseen)': { precision: 0.875, recall: 1, f1: 0.933, negativesEmpty: 0.857 },
  'round 330c (French, hw449, unseen)': { precision: 0.636, recall: 0.875, f1: 0.737, negativesEmpty: 0.571 },
  // Rounds 1210 and 1220 (languages.round117–118.en.table.ts; hw451, hw452), first read by the engine of 26ea3ba
  // (1190's fix). Misses, 1220: an agency's "to Monday 3rd Nov, same time\n3:30 PM" (a wrapped line) lost its clock; a
  // phone's "pls call me back b4 5pm today re the Lekki role" read as a slot at 17:00. 1210: no miss.
  'round 1210 (English, hw451, unseen)': { precision: 1, recall: 1, f1: 1, negativesEmpty: 1 },
  'round 1220 (English, hw452, unseen)': { precision: 0.909, recall: 0.952, f1: 0.93, negativesEmpty: 0.941 },
  // Rounds 1230 and 1240 (languages.round119–120.en.table.ts; hw453, hw454), first read by the engine of 8d8cbaa
  // (1220's fixes). Misses, 1230: "Hamish, our ops guy, will send the formal employment agreement through within 2
  // working days" gave no promise. 1240: a Civil Service timeline's "Sift results expected: w/c 29 March / Interviews
  // expected: w/c 19 April" gave the interviews' week, not the sift's; an agency's "She's interviewing two more people
  // on Monday and has promised me a decision by Wednesday" read Monday as the reader's interview.
  'round 1230 (English, hw453, unseen)': { precision: 1, recall: 0.95, f1: 0.974, negativesEmpty: 1 },
  'round 1240 (English, hw454, unseen)': { precision: 0.909, recall: 0.952, f1: 0.93, negativesEmpty: 1 },
};
