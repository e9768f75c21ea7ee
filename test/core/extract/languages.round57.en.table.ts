// Round 610 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Wednesday
// 24 November 2038 at 15:30 local, the eve of US Thanksgiving (Thursday 25 November; "after Thanksgiving" is
// 2 December; business days ignore the holiday; "next week" is 29 November to 5 December). Positives: a New York
// "circle back after Thanksgiving", a Zoom invitation "Time: Nov 29, 2038 10:00 AM Pacific Time (US and Canada)",
// a London "within 10 working days of the closing date, 19 November", a Toronto "in 2-3 business days", a Madrid
// "I will revert you latest by Monday", a Stockholm absence ("I'm off until 1 December ... hold off on follow-ups
// until then"), an Auckland "within the next 7–10 days", a Cairo call "Sunday 28/11/2038 at 12:30 PM Cairo time", a
// Riyadh "by the end of this month", a Perth "must not contact the hiring manager or panel members directly", a
// Kuala Lumpur rejection, a Denver offer, a Lagos reminder "interveiw tommorow (Thursday 25th) at 9am", a
// Singapore "the week after next", a GMT interview for a Berlin reader. Negatives: a recruiting office's
// Thanksgiving closure, a Black Friday delivery, a holiday flight, a careers newsletter, the reader as hiring
// manager (a start date), the reader as referee with a call slot, a volunteer shift, a car service, a thesis
// defense, a payroll date moved for the holiday, a benefits waiting period, an acknowledgement promising nothing
// dated, a recruiter asking for times "after the holiday", an agency selling seasonal temps to an employer, a
// talent-community sign-up. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 24 November 2038, 15:30 local (the eve of US Thanksgiving).
const NY = { sentAt: '2038-11-24T15:30:00-05:00', tz: 'America/New_York' } as const;
const DEN = { sentAt: '2038-11-24T15:30:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2038-11-24T15:30:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2038-11-24T15:30:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2038-11-24T15:30:00+00:00', tz: 'Europe/London' } as const;
const BER = { sentAt: '2038-11-24T15:30:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2038-11-24T15:30:00+01:00', tz: 'Europe/Madrid' } as const;
const STO = { sentAt: '2038-11-24T15:30:00+01:00', tz: 'Europe/Stockholm' } as const;
const LAG = { sentAt: '2038-11-24T15:30:00+01:00', tz: 'Africa/Lagos' } as const;
const CAI = { sentAt: '2038-11-24T15:30:00+02:00', tz: 'Africa/Cairo' } as const;
const RUH = { sentAt: '2038-11-24T15:30:00+03:00', tz: 'Asia/Riyadh' } as const;
const SIN = { sentAt: '2038-11-24T15:30:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2038-11-24T15:30:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const PER = { sentAt: '2038-11-24T15:30:00+08:00', tz: 'Australia/Perth' } as const;
const AKL = { sentAt: '2038-11-24T15:30:00+13:00', tz: 'Pacific/Auckland' } as const;
const MNL = { sentAt: '2038-11-24T15:30:00+08:00', tz: 'Asia/Manila' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_610_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    text: mail(
      'Hi Brianna,',
      '',
      'Thanks so much for making time for the onsite on Monday, especially with the holiday week. The feedback from the team has been really positive, and Marcus mentioned how much he enjoyed the portfolio walkthrough.',
      '',
      "A lot of our interviewers are already out for the long weekend, so we won't be able to get everyone in a room until next week. I'll circle back after Thanksgiving with next steps.",
      '',
      'Have a wonderful holiday with your family!',
      '',
      'Best,',
      'Lauren Whitaker',
      'Recruiter, Copperleaf Media',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2038-12-02', phrase: 'after Thanksgiving', fuzzy: true }],
  },
  {
    text: mail(
      'Hi Ethan,',
      '',
      'Please find the details for your interview with Priyanka Rao (Engineering Manager) below.',
      '',
      'Topic: Interview – Ethan Nguyen / Staff Engineer, Payments',
      'Time: Nov 29, 2038 10:00 AM Pacific Time (US and Canada)',
      'Join Zoom Meeting',
      'https://zoom.example/j/84411230077',
      'Meeting ID: 844 1123 0077',
      '',
      'Happy Thanksgiving!',
      'Gina',
      'Recruiting Coordinator, Sequoia Ridge Payments',
    ),
    ...LA,
    expect: [
      { kind: 'interview', by: '2038-11-29', time: '10:00', phrase: 'Nov 29, 2038 10:00 AM Pacific Time' },
    ],
  },
  {
    text: mail(
      'Dear Oluwatobi,',
      '',
      'Thank you for applying for the role of Housing Officer (Ref HO/1138) with Riverside Community Homes.',
      '',
      'The advert closed on the closing date, 19 November, and shortlisting is now under way. We aim to let all applicants know whether they have been shortlisted within 10 working days of the closing date.',
      '',
      'Kind regards,',
      'HR Team, Riverside Community Homes',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2038-12-03', phrase: 'within 10 working days of the closing date' }],
  },
  {
    text: mail(
      'Hi Mélanie,',
      '',
      "Thanks for your time with Andrew and Nkechi today. I've shared your case study with the Director of Operations, who makes the final call for the Program Manager role.",
      '',
      'You can expect to hear back from me in 2-3 business days.',
      '',
      'All the best,',
      'Jordan Lefebvre',
      'Talent Acquisition Partner, Northvale Health',
    ),
    ...TOR,
    expect: [{ kind: 'response-by', by: '2038-11-29', phrase: 'in 2-3 business days' }],
  },
  {
    text: mail(
      'Dear Laura,',
      '',
      'Thank you for the interview of yesterday for the position of Key Account Manager Iberia. It was a pleasure to meet you.',
      '',
      'I need to discuss with our General Manager about the salary conditions. I will revert you latest by Monday with our final answer.',
      '',
      'Best regards,',
      'Javier Martínez Soler',
      'HR Manager, Olivares Packaging S.L.',
    ),
    ...MAD,
    expect: [{ kind: 'response-by', by: '2038-11-29', phrase: 'by Monday' }],
  },
  {
    text: mail(
      'Hi Ahmed,',
      '',
      'Thanks for your message about the UX Researcher role. We have finished the interviews and the decision is with the hiring manager.',
      '',
      "I'm off until 1 December, so please hold off on follow-ups until then. I will contact you as soon as I am back.",
      '',
      'Vänliga hälsningar,',
      'Elin Lindqvist',
      'Talent Acquisition, Nordbo',
    ),
    ...STO,
    expect: [{ kind: 'no-contact-before', by: '2038-12-01', phrase: 'until 1 December' }],
  },
  {
    text: mail(
      'Kia ora Hemi,',
      '',
      'Thanks for coming in to meet the team about the Civil Engineer (Water) role. We really enjoyed the conversation.',
      '',
      "We're finishing reference checks for our preferred candidates, and we'll let everyone know the outcome within the next 7–10 days.",
      '',
      'Ngā mihi,',
      'Sarah Thompson',
      'People & Capability, Waitematā Infrastructure',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2038-12-04', phrase: 'within the next 7–10 days' }],
  },
  {
    text: mail(
      'Dear Eng. Mostafa,',
      '',
      'Greetings from Nile Delta Petroleum Services.',
      '',
      'We are pleased to inform you that you have been shortlisted for the position of Senior Mechanical Engineer. Your interview is scheduled on Sunday 28/11/2038 at 12:30 PM Cairo time at our New Cairo office, Building 14, 5th Settlement.',
      '',
      'Kindly confirm your attendance.',
      '',
      'Best Regards,',
      'Nourhan El-Sayed',
      'Talent Acquisition Specialist',
    ),
    ...CAI,
    expect: [
      {
        kind: 'interview',
        by: '2038-11-28',
        time: '12:30',
        phrase: 'Sunday 28/11/2038 at 12:30 PM Cairo time',
      },
    ],
  },
  {
    text: mail(
      'Dear Mr. Faisal Al-Otaibi,',
      '',
      'Thank you for attending the final interview for the position of Government Relations Manager.',
      '',
      'The committee will complete its evaluation and we will share the final outcome with you by the end of this month.',
      '',
      'Best regards,',
      'Talent Acquisition Department',
      'Rawabi Holding Company',
    ),
    ...RUH,
    expect: [{ kind: 'response-by', by: '2038-11-30', phrase: 'by the end of this month' }],
  },
  {
    text: mail(
      'Dear Chloe,',
      '',
      'Thank you for your application for the position of Senior Environmental Officer (Vacancy 38/2271), Department of Water and Regional Development.',
      '',
      'To ensure a fair process, candidates must not contact the hiring manager or panel members directly. All enquiries should be directed to the recruitment mailbox.',
      '',
      'Regards,',
      'Recruitment Services',
    ),
    ...PER,
    expect: [{ kind: 'no-calls', phrase: 'must not contact the hiring manager or panel members directly' }],
  },
  {
    text: mail(
      'Dear Nurul Aisyah,',
      '',
      'Thank you for your interest in the Business Analyst role at Seri Bayu Digital and for taking the time to speak with us.',
      '',
      'After reviewing all applications, we have decided to move forward with other applicants whose experience more closely matches our current needs.',
      '',
      'We appreciate your interest and encourage you to apply for future openings.',
      '',
      'Warm regards,',
      'Talent Team, Seri Bayu Digital Sdn Bhd',
    ),
    ...KUL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Hi Santiago,',
      '',
      "I've got great news before the holiday: the team wants to bring you on board as our next Field Geologist! Your formal offer letter is attached, with salary, relocation support and the field allowance.",
      '',
      'Take the long weekend to look it over, and let me know if you have any questions.',
      '',
      'Congratulations and happy Thanksgiving,',
      'Whitney Adams',
      'Recruiting Manager, High Mesa Minerals',
    ),
    ...DEN,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Dear Ifeoma,',
      '',
      'This is to remind you of your interveiw tommorow (Thursday 25th) at 9am at our Victoria Island office for the position of Brand Manager.',
      '',
      'Kindly come along with your credentials and arrive 30 minutes early for the security check.',
      '',
      'Regards,',
      'Adaeze Okonkwo',
      'HR Executive, Ekodara Foods Limited',
    ),
    ...LAG,
    expect: [
      { kind: 'interview', by: '2038-11-25', time: '09:00', phrase: 'tommorow (Thursday 25th) at 9am' },
    ],
  },
  {
    text: mail(
      'Hi Rahul,',
      '',
      'Thanks for completing the case interview with our regional team. As our VP is travelling across the region for the next two weeks, we will only be able to consolidate the panel feedback after she returns.',
      '',
      'We will update you on the outcome the week after next.',
      '',
      'Best regards,',
      'Cheryl Tan',
      'Talent Acquisition, Merlion Logistics',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2038-12-10', phrase: 'the week after next' }],
  },
  {
    text: mail(
      'Dear Lukas,',
      '',
      'Thank you for your interest in the Senior Risk Analyst role at Hawthorne Reinsurance. Our London team would like to invite you to a first interview.',
      '',
      'The video interview will take place on Tuesday 30 November at 15:00 GMT with James Whitfield and Anjali Mehta.',
      '',
      'Kind regards,',
      'Hawthorne Reinsurance Recruitment',
    ),
    ...BER,
    expect: [
      { kind: 'interview', by: '2038-11-30', time: '16:00', phrase: 'Tuesday 30 November at 15:00 GMT' },
    ],
  },

  // ---- negatives ----
  {
    // A recruiting office's holiday closure.
    text: mail(
      'Hi Terrence,',
      '',
      'Thank you for your application to Greystone Partners. Please note that our offices will be closed Thursday, November 25 and Friday, November 26 for the Thanksgiving holiday and will reopen Monday, November 29.',
      '',
      'Emails received during this time will be answered in the order they were received.',
      '',
      'Happy Thanksgiving,',
      'Greystone Partners Recruiting',
    ),
    ...NY,
    expect: [],
  },
  {
    // A Black Friday delivery.
    text: mail(
      'Hi Maya,',
      '',
      'Your Black Friday early-access order has shipped! Arriving Monday, November 29 by 8 pm.',
      '',
      'Need to make a change? Visit your orders page.',
      '',
      'Thanks for shopping with Trailhead Outfitters',
    ),
    ...DEN,
    expect: [],
  },
  {
    // A holiday flight.
    text: mail(
      'Your trip confirmation – LAX to BOS',
      '',
      'Hi Kenji,',
      '',
      'Flight PA 1182 departs Los Angeles (LAX) on Thu, Nov 25 at 6:05 AM and arrives Boston (BOS) at 2:41 PM. Check-in opens 24 hours before departure.',
      '',
      'Have a great trip!',
      'Pacifica Airlines',
    ),
    ...LA,
    expect: [],
  },
  {
    // A careers newsletter.
    text: mail(
      'Hi Amara,',
      '',
      "This week's Career Compass: 5 things to do before the new-year job hunt, how to answer 'Why are you leaving?', and why December is secretly a great month to interview.",
      '',
      'Live Q&A with recruiter Dana Whitlock on Tuesday 30 November at 7pm GMT – save your seat.',
      '',
      'Career Compass',
      'Unsubscribe',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as hiring manager: a hire's start date.
    text: mail(
      'Hi Rebecca,',
      '',
      'Good news for your team: Jordan Ellis has signed the offer for the Senior Accountant position! Start date is Monday, December 13.',
      '',
      "I've asked IT to set up the laptop. Could you send me the onboarding buddy's name by Friday?",
      '',
      'Thanks,',
      'Nicole',
      'HR Business Partner',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader as a referee, offered a call slot.
    text: mail(
      'Dear Professor Okafor,',
      '',
      'Maya Lindgren has given your name as a referee for the Research Associate post at our institute. Would you be available for a short reference call on Monday 29 November at 14:00?',
      '',
      'Alternatively, we would be happy to receive a written reference.',
      '',
      'With kind regards,',
      'Anna Bergström',
      'HR Officer, Karolinska Biomedical Institute',
    ),
    ...STO,
    expect: [],
  },
  {
    // A volunteer shift.
    text: mail(
      'Hi Daniel,',
      '',
      "Thank you for signing up to serve at our Community Thanksgiving Dinner! Your shift is tomorrow, Thursday, 11:00 AM to 3:00 PM at St. Brendan's Hall.",
      '',
      'Please check in with Ruth at the kitchen door.',
      '',
      'Grateful for you,',
      'Harbor Light Volunteers',
    ),
    ...NY,
    expect: [],
  },
  {
    // A car service.
    text: mail(
      'Dear Mr. Reyes,',
      '',
      'Your vehicle service appointment is confirmed for Saturday, 27 November 2038 at 8:30 AM at Toyota Quezon Avenue.',
      '',
      'Please bring your service booklet.',
      '',
      'Thank you,',
      'Service Advisor Team',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A thesis defense.
    text: mail(
      'Dear Hasan,',
      '',
      'Your PhD thesis defense has been scheduled for Monday 6 December 2038 at 10:00 in Seminar Room 2.17. The committee members have confirmed.',
      '',
      'Please upload the final PDF to the graduate school portal by 30 November.',
      '',
      'Best regards,',
      'Graduate School Office',
    ),
    ...BER,
    expect: [],
  },
  {
    // A payroll date moved for the holiday.
    text: mail(
      'Hi team,',
      '',
      'Because of the Thanksgiving holiday, paychecks will be deposited today, Wednesday, November 24, instead of Friday.',
      '',
      'The office is closed tomorrow and Friday. Enjoy the break!',
      '',
      'Payroll & HR',
    ),
    ...NY,
    expect: [],
  },
  {
    // A benefits waiting period.
    text: mail(
      'Hi Carlos,',
      '',
      'Welcome to Redwood Valley Credit Union! A quick note about your benefits: medical and dental coverage begins on the first of the month following 30 days of employment.',
      '',
      'Open enrollment materials will arrive in your home mailbox.',
      '',
      'Best,',
      'Benefits Team',
    ),
    ...LA,
    expect: [],
  },
  {
    // An acknowledgement that promises nothing dated.
    text: mail(
      'Hi Ji-woo,',
      '',
      "Thanks for applying to be a Barista at Ember & Oak Coffee! We've received your application.",
      '',
      "Our store managers review applications regularly and will reach out if there's a match.",
      '',
      'Cheers,',
      'The Ember & Oak Team',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A recruiter asks for times "after the holiday".
    text: mail(
      'Hi Olivia,',
      '',
      "Hope you're heading into a relaxing long weekend! I'd love to set up a first call about the Director of Finance search I mentioned.",
      '',
      "When you're back, just send me a couple of times that work for you after the holiday and I'll send an invite.",
      '',
      'Best,',
      'Grant Holloway',
      'Partner, Holloway Executive Search',
    ),
    ...NY,
    expect: [],
  },
  {
    // An agency selling temps to an employer.
    text: mail(
      'Dear Operations Manager,',
      '',
      'Peak season is here! Short of pickers and packers for the holiday rush? Outback Staffing can supply vetted, inducted temporary workers within 48 hours.',
      '',
      'Reply to this email for our holiday rates.',
      '',
      'Regards,',
      'Craig Dawson',
      'Business Development, Outback Staffing',
    ),
    ...PER,
    expect: [],
  },
  {
    // A talent-community sign-up.
    text: mail(
      'Dear Abdullah,',
      '',
      'Welcome to the Gulf Horizon Airways Talent Community. We will keep your profile for 12 months and send you alerts when roles matching your interests open.',
      '',
      'You can update your preferences at any time.',
      '',
      'Best regards,',
      'Gulf Horizon Airways Careers',
    ),
    ...RUH,
    expect: [],
  },
];
