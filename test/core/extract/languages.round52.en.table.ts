// Round 560 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Tuesday
// 15 December 2037 at 13:20 local, ten days before Christmas (Christmas Day is a Friday, New Year's Day a Friday;
// "next week" is the week of Christmas). Positives: Greenhouse "before the holidays", a Gem single slot "Thursday at
// 1:30pm PT?", a ModernLoop schedule flattened to text in Mountain Time, Civil Service Jobs "in the new year", a
// Teamtailor "in a couple of days" from Amsterdam, an Irish health service "Tuesday 12th January 2038 at 11.30am",
// a Dubai year-end closure asking for no contact "before 4 January", a Lagos consultancy "within 72 hours", a Zoom
// invitation "Time: Dec 21, 2037 10:00 AM Singapore", a Malaysian rejection, a Workday offer with an acceptance
// date, an Australian "first week or two of January", a US hospital group's "do not contact the hiring department
// or the facility directly", "10:00 GMT" for a Hong Kong reader, "within 10 working days of the close of the
// assessment on 8 January 2038", a Manila "this Friday", an HR round moved "from 17th Dec to 21st December 2037 at
// 4:00 PM". Negatives: a Christmas party, the reader's own interviewing digest as hiring manager, a year-end
// appraisal, an office closure, a job-board newsletter with a CV clinic, Hays selling "a shortlist within 48 hours"
// to an employer, the reader invited to speak at a careers evening, a food-bank volunteer shift, a doctor, a lease
// renewal, a parcel, a freelancer's retainer call "Thursday at 2pm MT", a flight, a driving test, a friend asking
// whether a sister hears back before Christmas, an acknowledgement "in due course", a new hire's start date with a
// background check counted from an undated form. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 15 December 2037, 13:20 local.
const NY = { sentAt: '2037-12-15T13:20:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2037-12-15T13:20:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2037-12-15T13:20:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2037-12-15T13:20:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2037-12-15T13:20:00-05:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2037-12-15T13:20:00-08:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2037-12-15T13:20:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2037-12-15T13:20:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2037-12-15T13:20:00+01:00', tz: 'Europe/Berlin' } as const;
const AMS = { sentAt: '2037-12-15T13:20:00+01:00', tz: 'Europe/Amsterdam' } as const;
const LAG = { sentAt: '2037-12-15T13:20:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2037-12-15T13:20:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2037-12-15T13:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2037-12-15T13:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2037-12-15T13:20:00+04:00', tz: 'Asia/Dubai' } as const;
const RUH = { sentAt: '2037-12-15T13:20:00+03:00', tz: 'Asia/Riyadh' } as const;
const BOM = { sentAt: '2037-12-15T13:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2037-12-15T13:20:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2037-12-15T13:20:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2037-12-15T13:20:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2037-12-15T13:20:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2037-12-15T13:20:00+11:00', tz: 'Australia/Sydney' } as const;
const PER = { sentAt: '2037-12-15T13:20:00+08:00', tz: 'Australia/Perth' } as const;
const AKL = { sentAt: '2037-12-15T13:20:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

/** Round 560: English whole messages, seventeen positives and seventeen negatives. */
export const ROUND_560_EN: readonly PhraseRow[] = [
  // Positives.
  {
    text: mail(
      'Hi Kendra,',
      '',
      'Thank you for spending the afternoon with the team on Friday. Everyone enjoyed meeting you. We are collecting the last pieces of feedback on the Senior UX Researcher role and are aiming to get back to all finalists before the holidays.',
      '',
      'All the best,',
      'Marissa Quinn',
      'Recruiting Manager, Broadleaf Health',
      'Sent via Greenhouse',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2037-12-24', phrase: 'before the holidays', fuzzy: true }],
  },
  {
    text: mail(
      'Hi Andre,',
      '',
      'Great news, the hiring manager would like to meet you for the final round before everyone disappears for the break. Are you free Thursday at 1:30pm PT? It would be 45 minutes on Zoom with Lena (Director of Engineering).',
      '',
      'Thanks!',
      'Joy',
      'Recruiting Coordinator, Quartzline',
      'Scheduled with Gem',
    ),
    ...LA,
    expect: [{ kind: 'interview', by: '2037-12-17', time: '13:30', phrase: 'Thursday at 1:30pm PT' }],
  },
  {
    text: mail(
      'Hi Maya,',
      '',
      'Your onsite schedule for the Senior Hydrologist role is confirmed. All times are Mountain Time.',
      '',
      'Friday, December 18, 2037',
      '9:00 AM – 9:45 AM | Hiring Manager | Grant Holloway',
      '10:00 AM – 10:45 AM | Technical Deep Dive | Priya Raman, Ana Ruiz',
      '11:00 AM – 11:30 AM | Team Chat | Water Resources Group',
      '',
      'Address: 1800 Larimer Street, Suite 900, Denver. Ask for Maya Lopez at reception.',
      '',
      'Best,',
      'Recruiting Operations, Summit Water Partners',
      'Powered by ModernLoop',
    ),
    ...DEN,
    expect: [{ kind: 'interview', by: '2037-12-18', time: '09:00', phrase: 'Friday, December 18, 2037' }],
  },
  {
    text: mail(
      'Dear Samuel Appiah-Ward,',
      '',
      'Vacancy: 381204 – Higher Executive Officer, Policy Delivery',
      '',
      'Thank you for your application. The sift is now under way. Due to the number of applications and the holiday period, we expect to contact candidates with the outcome of the sift in the new year.',
      '',
      'Kind regards,',
      'Government Recruitment Service',
      'Civil Service Jobs',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2038-01-10', phrase: 'in the new year', fuzzy: true }],
  },
  {
    text: mail(
      'Hi Sanne,',
      '',
      'Thanks for the lovely conversation this morning! I am meeting Joris tomorrow to go over the last two candidates for the Customer Operations Lead role, so you will hear from us in a couple of days.',
      '',
      'Groetjes,',
      'Eva',
      'People Partner, Fietsfabriek',
      'Sent with Teamtailor',
    ),
    ...AMS,
    expect: [{ kind: 'response-by', by: '2037-12-17', phrase: 'in a couple of days', fuzzy: true }],
  },
  {
    text: mail(
      'Dear Siobhán,',
      '',
      'Re: Clinical Nurse Manager 2, Emergency Department – Campaign 37/CNM2/118',
      '',
      'I am pleased to inform you that you have been shortlisted for interview. You are invited to attend for interview on Tuesday 12th January 2038 at 11.30am in the Education Centre, Ground Floor, Regional Hospital.',
      '',
      'Please confirm your attendance by return email.',
      '',
      'Yours sincerely,',
      'Recruitment Officer',
      'Human Resources Department',
    ),
    ...DUB,
    expect: [
      { kind: 'interview', by: '2038-01-12', time: '11:30', phrase: 'Tuesday 12th January 2038 at 11.30am' },
    ],
  },
  {
    text: mail(
      'Dear Youssef,',
      '',
      'Thank you for following up. Please note that our offices will be closed for the year-end break from 24 December to 3 January. Kindly do not contact us about your application before 4 January; the hiring committee will review all shortlisted profiles after the break.',
      '',
      'Best regards,',
      'Talent Acquisition',
      'Al Noor Development Properties',
    ),
    ...DXB,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2038-01-04',
        phrase: 'do not contact us about your application before 4 January',
      },
    ],
  },
  {
    text: mail(
      'Dear Ifeoma,',
      '',
      'Thank you for attending the panel interview today for the Senior Tax Associate position. We appreciate your time.',
      '',
      'We will get back to you within 72 hours.',
      '',
      'Best regards,',
      'HR Unit',
      'Adeola Okafor & Co. Chartered Accountants',
    ),
    ...LAG,
    expect: [{ kind: 'response-by', by: '2037-12-18', phrase: 'within 72 hours', fuzzy: false }],
  },
  {
    text: mail(
      'Hi Darren,',
      '',
      'Harbour Quay Capital is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Final Interview – Investment Analyst – Darren Lim',
      'Time: Dec 21, 2037 10:00 AM Singapore',
      '',
      'Join Zoom Meeting',
      'Meeting ID: 872 4410 3391',
      'Passcode: 560117',
      '',
      'Regards,',
      'Goh Li Ting',
      'HR Executive',
    ),
    ...SIN,
    expect: [
      { kind: 'interview', by: '2037-12-21', time: '10:00', phrase: 'Time: Dec 21, 2037 10:00 AM Singapore' },
    ],
  },
  {
    text: mail(
      'Dear Encik Hafiz,',
      '',
      'Thank you for attending the interview for the position of Maintenance Engineer at our Shah Alam plant.',
      '',
      'We regret to inform you that your application has not been shortlisted for the next stage of the selection process. We wish you every success in your future endeavours.',
      '',
      'Yours sincerely,',
      'Human Resources Department',
      'Klang Valley Polymers Sdn Bhd',
    ),
    ...KUL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Hi Mei,',
      '',
      'Congratulations! Pacific Tidewater Shipping is pleased to extend you an offer of employment for the role of Marine Operations Coordinator. Please review the offer in Workday and accept by December 22.',
      '',
      'We are excited to have you on board.',
      '',
      'Regards,',
      'Talent Acquisition, Pacific Tidewater Shipping',
    ),
    ...VAN,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Hi Josh,',
      '',
      'Thanks for your time on the video interview last week. Most of our leadership team is now on leave until the new year, so the final decision will not be made until they are back. We will be in touch in the first week or two of January.',
      '',
      'Have a lovely Christmas,',
      'Bronwyn',
      'Talent Acquisition, Eastcoast Energy Retail',
    ),
    ...SYD,
    expect: [
      { kind: 'response-by', by: '2038-01-14', phrase: 'in the first week or two of January', fuzzy: true },
    ],
  },
  {
    text: mail(
      'Dear Tanya,',
      '',
      'Thank you for applying for Patient Care Technician – Night Shift at Lakeview Medical Center. We have received your application.',
      '',
      'Please do not contact the hiring department or the facility directly. All inquiries must go through the Talent Acquisition portal, where you can also follow the status of your application.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Heartland Health System',
      'This message was sent by Taleo',
    ),
    ...CHI,
    expect: [{ kind: 'no-calls', phrase: 'do not contact the hiring department or the facility directly' }],
  },
  {
    text: mail(
      'Dear Mr Ho,',
      '',
      'Thank you for your application for the position of Vice President, Trade Finance Operations (Hong Kong). We would like to invite you to a video interview with the Global Head of Operations, who is based in London, on Wednesday 16 December at 10:00 GMT.',
      '',
      'A Microsoft Teams invitation will follow.',
      '',
      'Yours sincerely,',
      'Emerging Talent & Resourcing',
      'St Dunstan Banking Group',
      'Oracle Recruiting',
    ),
    ...HKG,
    expect: [
      { kind: 'interview', by: '2037-12-16', time: '18:00', phrase: 'Wednesday 16 December at 10:00 GMT' },
    ],
  },
  {
    text: mail(
      'Dear Akosua,',
      '',
      'NATIONAL SERVICE TO PERMANENT STAFF CONVERSION – SELECTION UPDATE',
      '',
      'You have been selected to take part in the written assessment, which will be open online from 4 January 2038. The assessment closes on 8 January 2038. All candidates will be informed of their results within 10 working days of the close of the assessment on 8 January 2038.',
      '',
      'Yours faithfully,',
      'Human Resource Directorate',
      'Volta Basin Water Company Limited',
    ),
    ...ACC,
    expect: [
      {
        kind: 'response-by',
        by: '2038-01-22',
        phrase: 'within 10 working days of the close of the assessment on 8 January 2038',
        fuzzy: false,
      },
    ],
  },
  {
    text: mail(
      'Hi Joanna,',
      '',
      'Thank you for coming in for your final interview yesterday. Our Operations Director is signing off on the shortlist, and we will send you the results of your final interview this Friday.',
      '',
      'Merry Christmas in advance!',
      'Ria Mendoza',
      'Recruitment, Luzon Freight Forwarders',
    ),
    ...MNL,
    expect: [{ kind: 'response-by', by: '2037-12-18', phrase: 'this Friday', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Aarav,',
      '',
      'Greetings from Saffron Analytics.',
      '',
      'Owing to the availability of the panel, your HR round has been rescheduled from 17th Dec to 21st December 2037 at 4:00 PM. The meeting link remains unchanged.',
      '',
      'We regret the inconvenience caused.',
      '',
      'Regards,',
      'Neha Kapoor',
      'Talent Acquisition',
    ),
    ...BOM,
    expect: [{ kind: 'interview', by: '2037-12-21', time: '16:00', phrase: '21st December 2037 at 4:00 PM' }],
  },

  // Negatives.
  {
    text: mail(
      'Hi all,',
      '',
      'The Christmas party is on Friday 18 December from 7pm at The Old Printworks. Please add your Secret Santa gift (£15 limit) to the box by Thursday, and let Tom know about any dietary requirements.',
      '',
      'Cheers,',
      'The Social Committee',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Good morning Kevin,',
      '',
      'You have 3 interviews this week:',
      '',
      'Wed, Dec 16, 2:00 PM – Alex Kim – Technical Interview – Backend Engineer',
      'Thu, Dec 17, 10:30 AM – Rosa Delgado – Hiring Manager Interview – Backend Engineer',
      'Fri, Dec 18, 4:00 PM – Sam Patel – Debrief',
      '',
      'Please submit scorecards within 24 hours of each interview.',
      '',
      'Greenhouse Daily Digest',
    ),
    ...NY,
    expect: [],
  },
  {
    text: mail(
      'Dear colleagues,',
      '',
      'The year-end appraisal form is now open in SuccessFactors. Please complete your self-review by 23 December. Your reporting manager will arrange a discussion with you within 2 weeks of submission, and increments will be reflected in the March payroll.',
      '',
      'Thank you,',
      'HR Business Partnering',
    ),
    ...SIN,
    expect: [],
  },
  {
    text: mail(
      'Kia ora koutou,',
      '',
      'Our office will close at 12pm on Wednesday 23 December and reopen on Monday 11 January. Urgent matters can be directed to our after-hours line.',
      '',
      'Meri Kirihimete from all of us,',
      'Tasman Accounting Ltd',
    ),
    ...AKL,
    expect: [],
  },
  {
    text: mail(
      'New year, new job?',
      '',
      'The top 10 employers hiring in Ireland this January, plus a free CV clinic with our career coaches on Tuesday 5 January at 1pm. Most roles featured close on 29 January.',
      '',
      'Read more | Unsubscribe',
      'IrishJobsHub newsletter',
    ),
    ...DUB,
    expect: [],
  },
  {
    text: mail(
      'Hi Melissa,',
      '',
      'Beat the January hiring rush. Send me your vacancies before the break and I can have a shortlist of pre-screened candidates with you within 48 hours of the office reopening on 4 January.',
      '',
      'Kind regards,',
      'Liam O’Connell',
      'Business Director, Hays Sydney',
    ),
    ...SYD,
    expect: [],
  },
  {
    text: mail(
      'Dear Ms Wagner,',
      '',
      'Thank you for agreeing to speak at our careers evening for final-year students on 13 January 2038 at 18:30. We will send the running order and your speaker brief by the end of next week.',
      '',
      'Best regards,',
      'Careers Service, Berlin School of Applied Sciences',
    ),
    ...BER,
    expect: [],
  },
  {
    text: mail(
      'Hi Wambui,',
      '',
      'Thank you for signing up to volunteer at the Christmas food drive! Your shift is on Saturday 19 December from 8am to 12pm at the community centre. Please arrive 15 minutes early for the briefing.',
      '',
      'Asante sana,',
      'Volunteer Coordinator',
    ),
    ...NBO,
    expect: [],
  },
  {
    text: mail(
      'Reminder: you have an appointment with Dr. Singh at Bloor West Family Health on Monday, December 21 at 3:40 PM.',
      '',
      'Please bring your health card. To cancel, call 416-555-0148 at least 24 hours in advance.',
    ),
    ...TOR,
    expect: [],
  },
  {
    text: mail(
      'Hi Carlos,',
      '',
      'Your lease renewal for unit 4B is attached. The new rent takes effect on February 1. Please sign and return the renewal by December 31, or let us know within 30 days if you plan to move out.',
      '',
      'Thanks,',
      'Silver Lake Property Management',
    ),
    ...LA,
    expect: [],
  },
  {
    text: mail(
      'Hi Nur,',
      '',
      'Your order has been packed and is on its way! Estimated delivery: within 5–7 working days. Orders placed after 18 December may not arrive before Christmas.',
      '',
      'Happy shopping!',
    ),
    ...KUL,
    expect: [],
  },
  {
    text: mail(
      'Hey Lauren,',
      '',
      'The new brand guidelines look great. Can you hop on a Zoom Thursday at 2pm MT to talk through the Q1 retainer? I will get the purchase order raised before the holidays so that your first invoice can go in on January 4.',
      '',
      'Thanks!',
      'Ryan',
      'Marketing Director, Front Range Outfitters',
    ),
    ...DEN,
    expect: [],
  },
  {
    text: mail(
      'Your booking is confirmed.',
      '',
      'Booking reference: EK9TQP',
      'Dubai (DXB) to Kochi (COK)',
      'Wednesday 23 December 2037, departs 02:40, arrives 08:15',
      '',
      'Check-in closes 60 minutes before departure.',
    ),
    ...DXB,
    expect: [],
  },
  {
    text: mail(
      'Dear Liam,',
      '',
      'Your practical driving assessment has been booked for Monday 21 December 2037 at 10:15am at the Kelmscott centre. Please arrive 15 minutes early with your learner’s permit and a roadworthy vehicle.',
      '',
      'Driver and Vehicle Services',
    ),
    ...PER,
    expect: [],
  },
  {
    text: mail(
      'Hey Tasha,',
      '',
      'How did your sister’s interview at the bank go yesterday? I hope she hears back before Christmas! Let me know if you are both still up for brunch on Sunday.',
      '',
      'xo',
      'Dani',
    ),
    ...CHI,
    expect: [],
  },
  {
    text: mail(
      'Dear Faisal,',
      '',
      'Thank you for your email regarding the Facilities Supervisor vacancy. Your message has been passed to the recruitment team, and we will get back to you in due course.',
      '',
      'Regards,',
      'Human Resources',
    ),
    ...RUH,
    expect: [],
  },
  {
    text: mail(
      'Hi Themba,',
      '',
      'We are so glad you are joining us. Your start date is Monday 4 January 2038. Please complete the background check form by Friday; the check itself takes 3–5 business days once you submit the form.',
      '',
      'Welcome to the team!',
      'Naledi',
      'People Operations, Ubuntu Fintech',
    ),
    ...JNB,
    expect: [],
  },
];
