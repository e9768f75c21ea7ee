// Round 870 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Tuesday
// 6 November 2063 at 10:15 local, two days after North America's clocks went back (New York is on EST, -05:00;
// London on GMT; Sydney and Auckland on daylight time). "Friday" is 9 November, "next week" is 12–16 November,
// US Thanksgiving is 22 November. The focus is long mail in which the one dated fact sits among others (office
// moves, leave, start dates, salary reviews, other candidates), windows counted from an event named elsewhere
// ("within a week of your onsite", "within 7 working days after the second interview", "within 48 hours of the
// panel"), holds worded indirectly, and replies quoting earlier mail. Positives: a Boston GoodTime/Ashby onsite
// table with a window counted from it, a UK Civil Service sift date, a Johannesburg SuccessFactors "09h00", a
// Vancouver founder's leave, a Kuala Lumpur second interview with a window from it, a Chicago Jobvite rejection
// quoting the candidate, a Mumbai "revert by EOD Friday", a WA Police no-calls line, an Auckland Recruitee "early
// next week", a Dubai Michael Page window from the client's panel, a Manila "tomorrow", a Zoom text for a Berlin
// reader, a Toronto BambooHR offer, a Dublin university "before Christmas", an Accra reply holding follow-ups
// until the MD returns, a Google Calendar invite in Eastern time for a Seattle reader. Negatives: the reader's
// employer (benefits enrolment, 1:1 and salary review, the holiday party and a hiring freeze, payroll), the
// reader as panelist and mock-interview volunteer, a landlord, a bank, a school's parent-teacher interviews, a
// dentist, a rowing club hiring a coach, a salary-guide webinar, an agency pitching temps to an employer, a
// research-study interview, an MBA admissions interview, a closing date only. Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 6 November 2063, 10:15 local (US and Canadian clocks went back on Sunday 4 November).
const NY = { sentAt: '2063-11-06T10:15:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2063-11-06T10:15:00-06:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2063-11-06T10:15:00-08:00', tz: 'America/Los_Angeles' } as const;
const VAN = { sentAt: '2063-11-06T10:15:00-08:00', tz: 'America/Vancouver' } as const;
const TOR = { sentAt: '2063-11-06T10:15:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2063-11-06T10:15:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2063-11-06T10:15:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2063-11-06T10:15:00+01:00', tz: 'Europe/Berlin' } as const;
const ACC = { sentAt: '2063-11-06T10:15:00+00:00', tz: 'Africa/Accra' } as const;
const JNB = { sentAt: '2063-11-06T10:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2063-11-06T10:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2063-11-06T10:15:00+04:00', tz: 'Asia/Dubai' } as const;
const BOM = { sentAt: '2063-11-06T10:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const KUL = { sentAt: '2063-11-06T10:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2063-11-06T10:15:00+08:00', tz: 'Asia/Manila' } as const;
const PER = { sentAt: '2063-11-06T10:15:00+08:00', tz: 'Australia/Perth' } as const;
const SYD = { sentAt: '2063-11-06T10:15:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2063-11-06T10:15:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_870_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // GoodTime/Ashby onsite flattened from a table; the decision window counts from the onsite's date.
    text: mail(
      'Hi Keisha,',
      '',
      "Congratulations on making it to the final round for Senior Platform Engineer at Fernway! Here's your",
      'itinerary (all times Eastern):',
      '',
      'Onsite loop | Thursday, November 15, 2063 | 9:30 AM – 1:00 PM ET | 4 interviews',
      '9:30 AM  Coding with Arjun | 10:30 AM  Architecture with Lena | 11:30 AM  Values with Pat | 12:15 PM  Lunch',
      '',
      "We're at 200 Summer Street, 9th floor (we moved in October, so ignore the old Seaport address on Google).",
      'The team is wrapping up its quarterly planning that week and two other candidates are onsite on the 13th',
      "and 14th. We'll share a decision within a week of your onsite, and if it's a yes, the earliest start would",
      'be January 7.',
      '',
      'Best,',
      'Dana Whitfield',
      'Recruiting Coordinator, Fernway',
      'Scheduled with GoodTime',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2063-11-15', time: '09:30', phrase: 'Thursday, November 15, 2063 | 9:30 AM' },
      { kind: 'response-by', by: '2063-11-22', phrase: 'within a week of your onsite' },
    ],
  },
  {
    // UK Civil Service: a sift-result date, with later interview weeks that are not this candidate's slot.
    text: mail(
      'Dear Candidate,',
      '',
      'Vacancy 318447 – Higher Executive Officer, Policy Adviser – Department for Coastal Communities',
      '',
      'Thank you for your application. The campaign closed on 2 November and we received a high number of',
      'applications. The sift is now under way and we expect to notify all candidates of the sift outcome',
      'by Friday 23 November. Interviews are expected to take place in the weeks commencing 3 and 10 December, and',
      'the Department’s offices in Plymouth close from 24 December to 1 January.',
      '',
      'Please check your Civil Service Jobs account for updates.',
      '',
      'Kind regards,',
      'Government Recruitment Service',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2063-11-23', phrase: 'by Friday 23 November' }],
  },
  {
    // SuccessFactors, Johannesburg: "09h00" after a date label.
    text: mail(
      'Dear Thandiwe,',
      '',
      'INVITATION TO INTERVIEW: SENIOR PROCUREMENT SPECIALIST (REQ 20631)',
      '',
      'Following the review of your application, we are pleased to invite you to a competency-based interview.',
      '',
      'Date: 13/11/2063',
      'Time: 09h00 (SAST)',
      'Venue: Block C, Umhlanga Ridge Office Park, or via MS Teams on request',
      'Panel: Head of Procurement, HR Business Partner, Senior Buyer',
      '',
      'Please bring certified copies of your ID and qualifications. Kindly note that our offices close for the',
      'year-end shutdown on 15 December, and the position is expected to start on 1 February 2064.',
      '',
      'Regards,',
      'Talent Acquisition | Kuzwayo Industrial Holdings',
      'Sent via SAP SuccessFactors',
    ),
    ...JNB,
    expect: [{ kind: 'interview', by: '2063-11-13', time: '09:00', phrase: 'Date: 13/11/2063' }],
  },
  {
    // A Vancouver founder's parental leave: an indirect hold bounded by the return date.
    text: mail(
      'Hi Wren,',
      '',
      'Thanks for the thoughtful note after our chat last week, and for the sample project, which the team',
      'loved. A heads-up on timing: my partner is due any day, so I am on parental leave from tomorrow until the',
      "19th. Marco is covering the day-to-day, but he won't be making any calls on the shortlist, so there's",
      "really no point nudging anyone before I'm back on the 19th. I'll pick it up that week.",
      '',
      'Separately, we are moving to the Railtown studio in December and the role would start in January.',
      '',
      'Thanks for understanding,',
      'Jonah',
      'Founder, Slowtide Games',
      'Sent via Teamtailor',
    ),
    ...VAN,
    // The writer's expectation (the hold alone) was the miss: "I'll pick it up that week" promises the week of the
    // 19th, its Friday (TIMELINE-CONVENTIONS.md "that week"); scored as first written.
    expect: [
      {
        kind: 'no-contact-before',
        by: '2063-11-19',
        phrase: "no point nudging anyone before I'm back on the 19th",
      },
      { kind: 'response-by', by: '2063-11-23' },
    ],
  },
  {
    // Kuala Lumpur: a second interview with a time, and a window counted in working days from it.
    text: mail(
      'Dear Ms Tan,',
      '',
      'Thank you for your time at the first interview. We are pleased to invite you to a second interview for',
      'the position of Regional Compliance Manager with our Regional Director, Mr Ravindran, on',
      'Thursday 8 November at 2.30pm at Menara Kestrel, Jalan Tun Razak.',
      '',
      'We will revert with the outcome within 7 working days after the second interview. Please note our office',
      'will be closed on Monday 12 November for Deepavali replacement leave, and the successful candidate is',
      'expected to join on 2 January 2064.',
      '',
      'Best regards,',
      'Farid Hamzah',
      'Talent Acquisition Manager, Kestrel Asia Berhad',
    ),
    ...KUL,
    expect: [
      { kind: 'interview', by: '2063-11-08', time: '14:30', phrase: 'Thursday 8 November at 2.30pm' },
      { kind: 'response-by', by: '2063-11-19', phrase: 'within 7 working days after the second interview' },
    ],
  },
  {
    // Jobvite rejection, quoting the candidate's follow-up.
    text: mail(
      'Hi Marisol,',
      '',
      'Thank you for checking in, and for your patience. I wanted to get back to you personally. The team has',
      'completed its final interviews, and unfortunately we will not be moving forward with your application',
      'for the Program Manager role. The decision came down to direct experience with Medicaid programs.',
      '',
      'We really enjoyed meeting you and would welcome an application for future openings.',
      '',
      'All the best,',
      'Grant Holloway',
      'Talent Acquisition, Prairie Health Partners',
      '',
      '-----Original Message-----',
      'From: Marisol Vega <marisol.vega@gmail.com>',
      'Sent: Friday, November 2, 2063 9:04 AM',
      'Subject: Program Manager – following up',
      '',
      'Hi Grant, I hope you are well. You mentioned a decision by the end of October; I wanted to check whether',
      'there is any update. I remain very interested. Best, Marisol',
    ),
    ...CHI,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Mumbai, Pinpoint: "revert by EOD Friday" among the assessment and joining details.
    text: mail(
      'Hi Rohan,',
      '',
      'Thanks for completing the case-study round for Associate Product Manager yesterday. The panel is meeting',
      'on Thursday to compare notes across all five candidates, and you will get a revert from my side',
      'by EOD Friday on whether you move to the CXO round.',
      '',
      'FYI, the team is shifting to our new BKC office from 1 December, and the joining for this batch is',
      'planned for the first week of January. Diwali week leave is already approved for everyone, so no stress.',
      '',
      'Regards,',
      'Neha Kulkarni',
      'Talent Team, Orbitline Fintech',
      'Sent via Pinpoint',
    ),
    ...BOM,
    expect: [{ kind: 'response-by', by: '2063-11-09', phrase: 'by EOD Friday' }],
  },
  {
    // WA Police: an unbounded no-calls line among programme dates.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for your application to the Police Recruit Program. Your application has progressed to the',
      'next stage. Physical Entrance Tests run throughout November at the Joondalup Academy, and you will receive',
      'your booking separately. Squads for the 2064 intake begin on 3 March and 14 July.',
      '',
      'Due to the volume of applications, Recruiting Branch cannot respond to telephone enquiries about the status',
      'of individual applications. Please check the applicant portal for updates.',
      '',
      'Regards,',
      'Recruiting Branch',
      'Police Force of Western Australia',
    ),
    ...PER,
    expect: [{ kind: 'no-calls', phrase: 'cannot respond to telephone enquiries about the status' }],
  },
  {
    // Recruitee, Auckland: "early next week" among the summer plans.
    text: mail(
      'Kia ora Tama,',
      '',
      'Thanks heaps for coming in on Friday to meet the team. Everyone enjoyed the conversation about the',
      'warehouse rollout. We have one more candidate to see this Thursday, and then Hana and I will sit down to',
      "make a call. You'll hear from me early next week either way.",
      '',
      'Just so you know the wider picture: we close for summer from 21 December to 8 January, the new depot in',
      'Wiri opens in February, and our salary review runs in April.',
      '',
      'Ngā mihi,',
      'Aroha Ngata',
      'Operations Manager, Kōwhai Freight',
      'Sent via Recruitee',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2063-11-14', phrase: 'early next week', fuzzy: true }],
  },
  {
    // Michael Page, Dubai: the reader's panel has a day but no time; the window counts from it.
    text: mail(
      'Hi Omar,',
      '',
      "Great speaking earlier. As discussed, the client's final panel for the Head of FP&A role is this Thursday",
      '(8 November). You are one of two candidates going in; your slot is confirmed separately by their EA.',
      'They have promised me feedback within 48 hours of the panel, and I will pass it straight on.',
      '',
      'For your planning: their notice-period expectation is one month, the package review is in March, and the',
      'team relocates to DIFC in January.',
      '',
      'Best regards,',
      'Sophie Laurent',
      'Senior Manager, Michael Page Middle East',
    ),
    ...DXB,
    expect: [
      { kind: 'interview', by: '2063-11-08', time: null, phrase: 'this Thursday' },
      { kind: 'response-by', by: '2063-11-10', phrase: 'within 48 hours of the panel' },
    ],
  },
  {
    // Manila: "tomorrow" with a date and Manila time.
    text: mail(
      'Hi Jerome,',
      '',
      'Good day! This is to confirm your final interview with our Account Director tomorrow, Nov 7, 2:00 PM',
      '(Manila time) at our office on the 21st floor, Ayala North Exchange, Makati.',
      '',
      'Kindly bring 2 valid government IDs and your NBI clearance. Our training batch for the new account starts',
      'on December 3, and the company Christmas party is on December 14, in case you are wondering what to expect.',
      '',
      'Thank you and see you!',
      'Kristine Dela Cruz',
      'Recruitment Specialist, Bluecrest Contact Solutions',
    ),
    ...MNL,
    expect: [{ kind: 'interview', by: '2063-11-07', time: '14:00', phrase: 'tomorrow, Nov 7, 2:00 PM' }],
  },
  {
    // Zoom invitation text for a Berlin reader, from an Amsterdam company writing English.
    text: mail(
      'Hi Jonas,',
      '',
      'Thanks for your application to Canalhouse Energy. As agreed on the phone, here is the invitation for the',
      'interview with our Head of Engineering, Sanne de Vries.',
      '',
      'Topic: Interview – Jonas Weber / Senior Embedded Engineer',
      'Time: Nov 12, 2063 03:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna',
      'Join Zoom Meeting',
      'Meeting ID: 871 2209 4410',
      '',
      'We are closing the office on 5 December for our Sinterklaas party and the role starts in Q1.',
      '',
      'Kind regards,',
      'Fleur Jansen',
      'Recruiter, Canalhouse Energy',
      'Sent via Workable',
    ),
    ...BER,
    expect: [{ kind: 'interview', by: '2063-11-12', time: '15:00', phrase: 'Nov 12, 2063 03:00 PM' }],
  },
  {
    // BambooHR offer, Toronto: the signing deadline, start date and salary review are other dates.
    text: mail(
      'Hi Priyanka,',
      '',
      "We're delighted to offer you the role of Customer Insights Lead at Maplebright! Your offer letter is",
      'attached in BambooHR for e-signature. It includes your base salary, bonus and the benefits summary.',
      '',
      'A few dates to note: please sign by Friday, November 9, your proposed start date is December 3, and your',
      'first salary review would be in April 2064.',
      '',
      'We are so excited to have you on the team.',
      '',
      'Warmly,',
      'Claire Dubois',
      'People Operations, Maplebright',
    ),
    ...TOR,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A Dublin university staff role: "before Christmas" among the interview day and term dates.
    text: mail(
      'Dear Dr Ó Briain,',
      '',
      'Thank you for attending interview for the post of Assistant Professor in Environmental Engineering on 1',
      'November. The selection board has now interviewed all candidates and its recommendation is with the',
      'Vice-President for approval. All candidates will be informed of the outcome before Christmas.',
      '',
      'The successful candidate will take up the post at the start of Semester 2, on 19 January 2064. The',
      'university closes from 22 December to 2 January.',
      '',
      'Yours sincerely,',
      'Recruitment Office, Human Resources',
      'Liffey Technological University',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2063-12-24', phrase: 'before Christmas' }],
  },
  {
    // Accra: a reply with quoted history; the new mail holds follow-ups until the MD returns.
    text: mail(
      'Dear Kwabena,',
      '',
      'Thank you for your follow-up and apologies for the delay. As mentioned below, the final decision sits with',
      'our Managing Director, who is travelling until 20 November. Kindly hold off on further follow-ups until',
      'he returns; I will reach out as soon as he has signed off.',
      '',
      'Best regards,',
      'Efua Mensah',
      'HR Officer, Adansi Agro Processing Ltd',
      '',
      'On Mon, 5 Nov 2063 at 09:40, Kwabena Asante <kwabena.asante@gmail.com> wrote:',
      '> Dear Efua, I hope you are well. I am following up on the Finance Officer role after my interview on',
      '> 16 October. You mentioned an update within two weeks. I remain keen. Kind regards, Kwabena',
      '>',
      '> On Fri, 19 Oct 2063 at 14:02, Efua Mensah wrote:',
      '>> Dear Kwabena, thank you for attending the interview. We should have an update for you within two weeks.',
    ),
    ...ACC,
    expect: [
      { kind: 'no-contact-before', by: '2063-11-20', phrase: 'Kindly hold off on further follow-ups until' },
    ],
  },
  {
    // Google Calendar invitation text in Eastern time for a Seattle reader.
    text: mail(
      'Invitation from Google Calendar',
      '',
      'Technical interview – Jun Park (Staff ML Engineer)',
      'Wednesday Nov 14, 2063 ⋅ 1:00pm – 2:00pm (Eastern Time - New York)',
      '',
      'Join with Google Meet: meet.google.com/xqr-bnta-kzw',
      '',
      'Hi Jun, this is the 60-minute technical round with Amara and Devin from the ranking team. We will send a',
      'short prep doc on Friday. Note the team moves to the Hudson Yards office on 1 December.',
      '',
      'Organizer: Lydia Cho, Recruiting, Birchfield AI',
      'Guests: Jun Park, Amara Eze, Devin Shah',
      'Reply for jun.park@outlook.com: Yes / No / Maybe',
    ),
    ...LA,
    expect: [
      { kind: 'interview', by: '2063-11-14', time: '10:00', phrase: 'Wednesday Nov 14, 2063 ⋅ 1:00pm' },
    ],
  },

  // ---- negatives ----
  {
    // The reader's employer: benefits open enrolment with HR's ticket window.
    text: mail(
      'Hi everyone,',
      '',
      'Open enrollment for 2064 benefits is now live in Workday and closes on Friday, November 16. If you do',
      'nothing, your current medical plan rolls over but your FSA election will not.',
      '',
      'Drop-in sessions with our benefits broker are on Thursday, November 8 at 12:00 PM and Tuesday, November',
      '13 at 4:00 PM ET. New hires who started after October 1 have a 30-day waiting period. HR will respond to',
      'benefits tickets within 3 business days.',
      '',
      'Thanks,',
      'Total Rewards Team',
    ),
    ...NY,
    expect: [],
  },
  {
    // The reader's employer: a 1:1, calibration and the salary review letters.
    text: mail(
      'Hi Amelia,',
      '',
      'Ahead of our 1:1 on Thursday at 11, a quick note on the year-end process. Calibration for the team happens',
      'next week, and salary review letters will go out by the end of the month. Promotions take effect on 1',
      'January.',
      '',
      'Also, I am interviewing candidates for the open Senior Analyst role this week, so my calendar is tight;',
      'ping me on Slack if anything urgent comes up.',
      '',
      'Thanks,',
      'Ben',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader's employer: the holiday party, a hiring freeze and the office closure.
    text: mail(
      'Team,',
      '',
      'Save the date: our end-of-year party is on Friday, December 14 at the Drake Hotel, from 6 PM. RSVP by',
      'next Friday.',
      '',
      'On headcount: we are pausing new hiring until Q1 while we finalise budgets, so any open roles on your',
      'teams will stay posted but interviews are on hold. The office will be closed from December 24 to January',
      '1, and payroll for December will run on December 20.',
      '',
      'Thanks for a great year,',
      'Lena Okafor',
      'COO',
    ),
    ...TOR,
    expect: [],
  },
  {
    // The reader as panelist.
    text: mail(
      'Hi Sunil,',
      '',
      'Thanks for agreeing to sit on the interview panel for the Senior Analyst role. Interviews are on',
      'Wednesday 14 November from 9:00 to 12:30 in Meeting Room 3. Candidate packs and the scoring matrix are',
      'attached; please send your scores to me by Friday 16 November so we can make an offer before the end of the',
      'month.',
      '',
      'Many thanks,',
      'Grace Achieng',
      'HR Manager',
    ),
    ...NBO,
    expect: [],
  },
  {
    // The reader as a mock-interview volunteer at a school.
    text: mail(
      'Dear Ms Harper,',
      '',
      'Thank you for volunteering for our Year 12 mock interview day. You are down for the afternoon session on',
      'Thursday 22 November, 1:30pm to 3:30pm, interviewing four students applying for apprenticeships.',
      '',
      'Please sign in at reception with photo ID. We will send the students’ CVs by Monday.',
      '',
      'With thanks,',
      'Careers Lead, Harbourside College',
    ),
    ...SYD,
    expect: [],
  },
  {
    // A landlord: a boiler service, a rent increase and a contractor to confirm.
    text: mail(
      'Hi Chloe,',
      '',
      'Just letting you know the annual boiler service is booked for Monday 12 November between 8am and 12pm.',
      'Please make sure someone is home or leave a key with the concierge.',
      '',
      'Also, as per the clause in your lease, the rent will go up by 3% from 1 January. I am interviewing two new',
      'cleaning contractors for the common areas and will confirm who we are going with within 3 working days.',
      '',
      'Cheers,',
      'Mark (landlord)',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A bank: an adviser appointment and an employer check with no dated start.
    text: mail(
      'Dear Mr Adeyemi,',
      '',
      'Thank you for applying for a Mortgage in Principle. Your appointment with our mortgage adviser is on',
      'Thursday 15 November at 17:30 at our Canary Wharf branch.',
      '',
      'We will also need your employer to confirm your job title and salary. Once we receive this, we aim to',
      'complete our assessment within 5 working days. Please bring your last three payslips and your P60.',
      '',
      'Yours sincerely,',
      'Home Finance Team, Thamesgate Bank',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A school's parent-teacher interviews.
    text: mail(
      'Dear Parents,',
      '',
      'Parent-teacher interviews for Year 3 will be held on Wednesday 14 November. Your interview with Ms Adeyemi',
      'is at 4:20pm and lasts 10 minutes. Please arrive a few minutes early.',
      '',
      'The school will be closed to students on Friday 16 November for staff professional development. End of',
      'year reports will be sent home before the holidays.',
      '',
      'Kind regards,',
      'Front Office, Eastwood Primary School',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A dentist's appointment.
    text: mail(
      'Dear Patient,',
      '',
      'This is a reminder that your dental check-up with Dr Singh is booked for 13/11/2063 at 08:40.',
      '',
      'If you are attending during working hours and need a letter for your employer, please ask at reception.',
      'Please call us at least 24 hours before if you cannot attend; missed appointments may be charged.',
      '',
      'Smile Street Dental',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A rowing club recruiting a coach.
    text: mail(
      'Hi all,',
      '',
      'The committee has shortlisted three applicants for the Head Coach position. Interviews will be on Saturday',
      '17 November at the boathouse from 10am, and we need two more members for the interview panel. The new',
      'coach should be in place before the winter training camp in January.',
      '',
      'Membership renewals are due by 30 November, and the Christmas regatta is on 15 December.',
      '',
      'See you on the water,',
      'Priscilla',
      'Secretary, Swan River Rowing Club',
    ),
    ...PER,
    expect: [],
  },
  {
    // A salary-guide launch webinar from a recruitment agency.
    text: mail(
      'Hi Olivia,',
      '',
      'The Hays Salary Guide 2064 is here. Discover what employers are paying across 1,200 roles and what',
      'candidates expect in the year ahead.',
      '',
      'Join our launch webinar on Thursday 15 November at 12:00 GMT, where our directors will share the key',
      'findings and answer your questions about hiring and pay reviews. Download your copy today.',
      '',
      'Hays Recruiting experts worldwide',
      'Unsubscribe',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An agency pitching seasonal temps to the reader as an employer.
    text: mail(
      'Hi Doug,',
      '',
      'With peak season coming up, I wanted to check whether your Elk Grove warehouse needs extra hands. Randstad',
      'can have pre-screened pickers and forklift operators with you within 48 hours, and we can interview on',
      'your behalf this week.',
      '',
      'Are you free for a 15-minute call on Thursday at 2pm to go through rates?',
      '',
      'Best,',
      'Keith Moreno',
      'Account Manager, Randstad',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A research-study interview.
    text: mail(
      'Hi Daniel,',
      '',
      'Thank you for signing up for our study on how people experience remote work. Your 45-minute interview is',
      'scheduled for Monday 12 November at 2pm (Pacific) on Zoom.',
      '',
      'There are no right or wrong answers and you can stop at any time. Your $40 gift card will be emailed',
      'within 10 business days of the session.',
      '',
      'Best,',
      'Remote Work Lab, Coastal State University',
    ),
    ...LA,
    expect: [],
  },
  {
    // An MBA admissions interview.
    text: mail(
      'Dear Aisha,',
      '',
      'Congratulations! Following a review of your application to the Full-Time MBA (Round 2), the Admissions',
      'Committee would like to invite you to interview. Your interview is scheduled for Friday 16 November at',
      '10:00 GMT with an alumna of the programme.',
      '',
      'Decisions for Round 2 will be released on 13 December. Please have your employer reference ready if you',
      'are admitted.',
      '',
      'Kind regards,',
      'MBA Admissions Office',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A closing date only, with nothing promised.
    text: mail(
      'Dear Ama,',
      '',
      'Thank you for applying for the Procurement Officer position at Volta Waterworks. The advertisement closes',
      'on 30 November, and shortlisting will begin after that date. Only shortlisted candidates will be contacted.',
      '',
      'The successful applicant will be expected to resume in February.',
      '',
      'Regards,',
      'Human Resource Department',
      'Volta Waterworks Company',
    ),
    ...ACC,
    expect: [],
  },
  {
    // The reader's employer: a payroll date moved for a migration.
    text: mail(
      'Dear colleagues,',
      '',
      'Because of the payroll system migration, November salaries will be paid on Friday 23 November instead of',
      'the 25th. Payslips will be available on the new portal from Wednesday 21 November.',
      '',
      'Please update your bank details in the new portal by Friday 16 November. The HR helpdesk will be closed',
      'on Monday 12 November while the migration completes; we will respond to queries within 2 working days',
      'after that.',
      '',
      'Regards,',
      'Payroll & HR Services',
    ),
    ...NBO,
    expect: [],
  },
];
