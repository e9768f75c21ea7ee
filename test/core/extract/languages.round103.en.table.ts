// Round 1070 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, for a Saturday:
// 25 October 2081 at 10:15 local, the eve of the end of European summer time (Sunday 26 October) while North
// America keeps its summer time until 2 November (London is UTC+0 and New York UTC-4 in the gap week). "Monday"
// is 27 October, "by Friday" 31 October, "next week" 27–31 October. The theme is hiring other than the one-
// interview job: graduate schemes and internships (an Oleeo assessment centre in DD/MM/YYYY, a HireVue window whose
// results come "within 10 working days of the window closing", a Karachi MTO technical interview with results
// "within 2 weeks of the interview"), executive search (a board interview in ET for a Chicago reader, an approved
// appointment), an academic campus visit (a range, no clock), the public sector (a Civil Service panel with results
// counted from the last interview day, a state commission's personality test on 12.11.2081, NHS Jobs with no calls,
// an AGSVA vetting "no later than Friday 19 December", a university committee's hold until 10 November), agency
// contracts (Hays in Dublin on Teams "Monday at 11:00", Robert Half "by Wednesday"), an internal Workday vacancy
// "by mid-November", a returning candidate's founder call in Berlin time, a Zoom invitation in London time for a
// Lagos reader, an internship rejection. Negatives come from the same worlds: a test reminder to another cohort,
// an alumni evening, a contract extension, a timesheet, a clearance renewal, a job-talk seminar announced to a
// department, the reader as panel member and as assessor, an agency offering temps to the reader as employer, a
// search firm's pitch, a friend's HireVue, a visa interview, a PhD viva, an acknowledgement with a closing date, a
// job alert, a mid-year review and a car service the Monday after the clocks change. Names, companies and dates
// are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Saturday 25 October 2081, 10:15 local (Europe leaves summer time overnight; North America a week later).
const LDN = { sentAt: '2081-10-25T10:15:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2081-10-25T10:15:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2081-10-25T10:15:00+02:00', tz: 'Europe/Berlin' } as const;
const NY = { sentAt: '2081-10-25T10:15:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2081-10-25T10:15:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2081-10-25T10:15:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2081-10-25T10:15:00-07:00', tz: 'America/Los_Angeles' } as const;
const SYD = { sentAt: '2081-10-25T10:15:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2081-10-25T10:15:00+13:00', tz: 'Pacific/Auckland' } as const;
const KOL = { sentAt: '2081-10-25T10:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2081-10-25T10:15:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2081-10-25T10:15:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2081-10-25T10:15:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const LAG = { sentAt: '2081-10-25T10:15:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2081-10-25T10:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2081-10-25T10:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2081-10-25T10:15:00+04:00', tz: 'Asia/Dubai' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1070_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A graduate scheme's assessment centre in a label–value block, the date day-first.
    ...LDN,
    text: mail(
      'Dear Tobias,',
      '',
      'Congratulations – you have been selected to attend the final stage of the Halden Mutual Graduate Actuarial Programme 2082.',
      '',
      'Event: Final Assessment Centre',
      'Date: 04/11/2081',
      'Start: 09:00 (registration opens at 08:40)',
      'Finish: approx. 16:30',
      'Venue: Halden House, 12 Cannon Row, London EC4N 6BD',
      '',
      'The day includes a group exercise, a written case study and a partner interview. Lunch is provided. Please bring photo ID and the original certificates listed in the attached checklist.',
      '',
      'Please confirm your attendance through your Oleeo candidate portal.',
      '',
      'Best wishes,',
      'Graduate Recruitment Team',
      'Halden Mutual plc',
    ),
    expect: [{ kind: 'interview', by: '2081-11-04', time: '09:00', phrase: 'Date: 04/11/2081' }],
  },
  {
    // A HireVue window: the closing date is the reader's deadline, the results are counted from it.
    ...SIN,
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thank you for your interest in the Straits Meridian Bank Technology Analyst Programme.',
      '',
      'You are invited to complete a HireVue on-demand video interview. The link below will remain active until 23:59 SGT on Friday 31 October 2081; we are unable to extend the window.',
      '',
      'Once the window has closed, our assessors will review every recording, and you will hear from us within 10 working days of the window closing.',
      '',
      'Good luck!',
      '',
      'Campus Recruitment | Straits Meridian Bank',
    ),
    expect: [
      {
        kind: 'response-by',
        by: '2081-11-14',
        phrase: 'within 10 working days of the window closing',
      },
    ],
  },
  {
    // Executive search: a board interview in Eastern time for a Chicago reader, after both zones leave DST.
    ...CHI,
    text: mail(
      'Dear Marguerite,',
      '',
      'I am pleased to let you know that the Harrow Foundation’s nominating committee would like you to meet the full board as one of two finalists for the President & CEO role.',
      '',
      'Board interview: Wednesday, November 12, 2081, 2:30–4:00 p.m. ET',
      'Location: Harrow Foundation, 400 Park Avenue South, New York (the Foundation will arrange your travel)',
      '',
      'My colleague Dana will be in touch about flights and hotel. I will call you beforehand to walk through the board members’ backgrounds.',
      '',
      'Warm regards,',
      'Elliot Varga',
      'Partner, Calloway Reid Partners – Nonprofit & Education Practice',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2081-11-12',
        time: '13:30',
        phrase: 'Wednesday, November 12, 2081, 2:30–4:00 p.m. ET',
      },
    ],
  },
  {
    // An academic campus visit over two days, no clock given.
    ...NY,
    text: mail(
      'Dear Dr. Achebe,',
      '',
      'On behalf of the search committee for the Assistant Professor of Geography (Climate and Society), I am delighted to invite you for a campus visit on November 17–18, 2081.',
      '',
      'The visit will include a research talk open to the department, a teaching demonstration, meetings with faculty and graduate students, and a conversation with the Dean. A detailed itinerary will follow once your travel is booked with our department coordinator, Ms. Ruiz.',
      '',
      'Please let us know which airport you would prefer to fly from.',
      '',
      'With best wishes,',
      'Prof. Harriet Lindqvist',
      'Chair, Search Committee',
      'Department of Geography, Larchmont State University',
    ),
    expect: [
      { kind: 'interview', by: '2081-11-17', time: null, phrase: 'campus visit on November 17–18, 2081' },
    ],
  },
  {
    // A Civil Service panel, and results counted from the last interview day named in the same mail.
    ...LDN,
    text: mail(
      'Dear Ms Okonkwo-Hale,',
      '',
      'Campaign 318844 – Senior Policy Adviser (Grade 7), Department for Rural Affairs',
      '',
      'Thank you for your application. We are pleased to invite you to interview, which will be assessed against the Success Profiles behaviours and a 5-minute presentation.',
      '',
      'Your interview is scheduled for Wednesday 5 November 2081 at 14:15 and will take place on MS Teams. The panel will consist of the vacancy holder, an independent panel member and a representative from HR.',
      '',
      'Interviews run from 3 to 7 November. All candidates will be informed of the outcome within 5 working days of the final interview date.',
      '',
      'Kind regards,',
      'Government Recruitment Service',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2081-11-05',
        time: '14:15',
        phrase: 'Wednesday 5 November 2081 at 14:15',
      },
      {
        kind: 'response-by',
        by: '2081-11-14',
        phrase: 'within 5 working days of the final interview date',
      },
    ],
  },
  {
    // A state commission's personality test (the interview of a public recruitment), dotted day-first date.
    ...KOL,
    text: mail(
      'Sir/Madam,',
      '',
      'With reference to your application against Advertisement No. 07/2081 for the post of Assistant Engineer (Civil), you are hereby informed that your Personality Test (Interview) will be held on 12.11.2081 at 10:30 AM at the Commission’s office, 4th Floor, Salt Lake Sector V, Kolkata – 700091.',
      '',
      'You are required to bring the e-admit card and original documents for verification. No TA/DA will be paid.',
      '',
      'Controller of Examinations',
      'State Public Service Commission',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2081-11-12',
        time: '10:30',
        phrase: 'will be held on 12.11.2081 at 10:30 AM',
      },
    ],
  },
  {
    // Security vetting for a candidate: a promise with "no later than" and its weekday.
    ...SYD,
    text: mail(
      'Hi Connor,',
      '',
      'Just an update on your application for the APS 6 Intelligence Analyst role. Your Negative Vetting Level 1 clearance pack has been lodged with AGSVA and our security team is liaising with them.',
      '',
      'We know waiting is hard. We will update you on where your clearance and our merit list stand no later than Friday 19 December.',
      '',
      'Thanks for your patience,',
      'Priyanka Das',
      'Entry-Level Recruitment, Department of Strategic Assessment',
    ),
    expect: [{ kind: 'response-by', by: '2081-12-19', phrase: 'no later than Friday 19 December' }],
  },
  {
    // A contract via an agency in Dublin: a Teams call on a bare weekday, a start date and rate that are facts.
    ...DUB,
    text: mail(
      'Hi Siobhán,',
      '',
      'Good news on the Brackenridge Pharma contract – they liked your CV and want a 30-minute Teams call with the QA lead on Monday at 11:00 to confirm the fit before they sign off.',
      '',
      'Rate is confirmed at €640/day via our umbrella, 6 months initially, with a start date of Monday 10 November if all goes well.',
      '',
      'I’ll forward the Teams link once it lands.',
      '',
      'Cheers,',
      'Ronan Kilbride',
      'Senior Consultant, Hays Life Sciences Ireland',
    ),
    expect: [{ kind: 'interview', by: '2081-10-27', time: '11:00', phrase: 'on Monday at 11:00' }],
  },
  {
    // Robert Half: feedback promised by a bare weekday, sent on a Saturday.
    ...TOR,
    text: mail(
      'Hi Aaron,',
      '',
      'Thanks for sending over the updated résumé this morning. I have submitted you for the 6-month Senior Accountant contract at Norgate Logistics.',
      '',
      'The controller is reviewing profiles on Monday and has promised me feedback by Wednesday, and I will pass it on the moment I have it.',
      '',
      'Enjoy the rest of your weekend,',
      'Melissa Tran',
      'Robert Half | Finance & Accounting, Toronto',
    ),
    expect: [{ kind: 'response-by', by: '2081-10-29', phrase: 'feedback by Wednesday' }],
  },
  {
    // An internal vacancy (Workday): mid-month.
    ...JNB,
    text: mail(
      'Dear Thandeka,',
      '',
      'Thank you for applying for the internal vacancy R-20481 Regional Operations Manager (Gauteng North). As an internal applicant your line manager has been notified, as required by our Internal Mobility Policy.',
      '',
      'Shortlisting is under way and we will confirm the shortlisting outcome to all internal applicants by mid-November.',
      '',
      'Regards,',
      'Talent Acquisition – Internal Mobility',
      'Umoya Retail Group (sent via Workday)',
    ),
    expect: [{ kind: 'response-by', by: '2081-11-15', phrase: 'by mid-November', fuzzy: true }],
  },
  {
    // A founder re-hiring a former employee: a single proposed slot in the reader's own zone.
    ...BER,
    text: mail(
      'Hey Jonas!',
      '',
      'So good to hear you’re open to coming back. A lot has changed since you left – we’re 40 people now and the infra team badly needs someone who knows the old pipeline.',
      '',
      'Can you do Tuesday at 4pm Berlin time for a chat with me and Priya (our new VP Eng)? Nothing formal, but she’d like to go through the role properly.',
      '',
      'Best,',
      'Mats',
      'Co-founder, Loftwerk',
    ),
    expect: [{ kind: 'interview', by: '2081-10-28', time: '16:00', phrase: 'Tuesday at 4pm Berlin time' }],
  },
  {
    // A university committee asks candidates to hold enquiries until a date.
    ...AKL,
    text: mail(
      'Kia ora Dr Fa’alogo,',
      '',
      'Thank you for your application for the Lecturer in Pacific Studies (continuing). Applications closed on Friday and the appointment committee will begin shortlisting after the teaching recess.',
      '',
      'As committee members are marking exams over the next fortnight, please hold off on any enquiries about your application until Monday 10 November.',
      '',
      'Ngā mihi,',
      'Academic Recruitment, Te Whare Wānanga o Tāmaki (Staffing Services)',
    ),
    expect: [
      {
        kind: 'no-contact-before',
        by: '2081-11-10',
        phrase: 'hold off on any enquiries about your application until Monday 10 November',
      },
    ],
  },
  {
    // NHS Jobs: a shortlisting promise and a ban on calls.
    ...LDN,
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the post of Band 5 Staff Nurse – Preceptorship Programme (Ref 281-NQN-4471) at Thameside Community NHS Foundation Trust.',
      '',
      'The closing date has now passed. You will be notified of the shortlisting outcome by 7 November 2081 via your NHS Jobs account.',
      '',
      'Please do not telephone the ward or the recruitment team regarding the progress of your application.',
      '',
      'Recruitment Services',
      'Thameside Community NHS Foundation Trust',
    ),
    expect: [
      { kind: 'response-by', by: '2081-11-07', phrase: 'by 7 November 2081' },
      {
        kind: 'no-calls',
        phrase:
          'Please do not telephone the ward or the recruitment team regarding the progress of your application',
      },
    ],
  },
  {
    // A management trainee programme in Karachi: an interview in PKT and results two weeks after it.
    ...KHI,
    text: mail(
      'Dear Mr. Hamza Siddiqui,',
      '',
      'Congratulations on clearing the written test for the Management Trainee Officer (MTO) Programme 2082.',
      '',
      'Your technical interview is scheduled on Thursday, 30th October 2081 at 11:00 AM PKT via Zoom. Joining details will be shared a day before.',
      '',
      'Results of the final selection will be communicated within 2 weeks of the interview.',
      '',
      'Regards,',
      'HR Talent Acquisition',
      'Indus Crescent Bank Limited',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2081-10-30',
        time: '11:00',
        phrase: 'Thursday, 30th October 2081 at 11:00 AM PKT',
      },
      { kind: 'response-by', by: '2081-11-13', phrase: 'within 2 weeks of the interview' },
    ],
  },
  {
    // A Zoom invitation in London time (UTC+0 by then) for a Lagos reader: one hour later.
    ...LAG,
    text: mail(
      'Dear Adaeze,',
      '',
      'Thank you for completing the case study. We would like to invite you to the final interview for our Graduate Trainee (Audit) scheme in London.',
      '',
      'Northgate Carver LLP is inviting you to a scheduled Zoom meeting.',
      'Topic: Graduate Trainee Final Interview – Adaeze Okafor',
      'Time: Nov 3, 2081 09:00 AM London',
      'Join Zoom Meeting',
      'https://zoom.example/j/81234567890',
      'Meeting ID: 812 3456 7890',
      '',
      'Kind regards,',
      'Early Careers Team, Northgate Carver LLP',
    ),
    expect: [
      { kind: 'interview', by: '2081-11-03', time: '10:00', phrase: 'Time: Nov 3, 2081 09:00 AM London' },
    ],
  },
  {
    // An internship rejection (Teamtailor).
    ...NBO,
    text: mail(
      'Hi Wanjiru,',
      '',
      'Thank you for taking part in the assessment day for the Savanna Grid 2082 Engineering Internship. We enjoyed meeting you.',
      '',
      'After careful consideration, we regret to inform you that we will not be offering you a place on this year’s programme. Competition was very strong, with over 2,000 applications for 24 places.',
      '',
      'We would encourage you to apply to our Graduate Programme when it opens next year.',
      '',
      'Best wishes,',
      'Savanna Grid Early Careers (sent via Teamtailor)',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected', phrase: 'we will not be offering you a place' }],
  },
  {
    // Executive search: the board approved the appointment; a reply deadline is the reader's own.
    ...DXB,
    text: mail(
      'Dear Rashid,',
      '',
      'I am delighted to confirm that the board of Qasr Logistics approved your appointment as Chief Financial Officer at yesterday’s meeting. The Chairman would like to offer you the role on the terms we discussed, and the formal offer letter will follow from their General Counsel.',
      '',
      'Please let me know by Friday 7 November whether you accept, so that the announcement can be planned.',
      '',
      'Many congratulations,',
      'Caroline Beaumont',
      'Partner, Ashcombe Search – Middle East',
    ),
    expect: [{ kind: 'outcome', outcome: 'offer', phrase: 'would like to offer you the role' }],
  },

  // ---- negatives ----
  {
    // A test reminder to another cohort; a deadline at most.
    ...LDN,
    text: mail(
      'Hello,',
      '',
      'This is a reminder for candidates in Cohort B of the Halden Mutual Graduate Programme: your online numerical and situational judgement tests close at 23:59 on Tuesday 28 October.',
      '',
      'If you are in Cohort A and have already completed your tests, please ignore this message – your results are being reviewed.',
      '',
      'Graduate Recruitment Team',
    ),
    expect: [],
  },
  {
    // An alumni evening for past graduate-scheme members.
    ...HKG,
    text: mail(
      'Dear Alumni,',
      '',
      'It’s that time again! The Jade Harbour Graduate Programme Alumni Evening returns on Thursday 13 November from 6:30pm at the Harbourview Club, Central.',
      '',
      'Meet this year’s graduate intake, hear from our CEO about the 2082 plans and reconnect with your cohort. RSVP by 5 November.',
      '',
      'Cheers,',
      'Early Careers & Alumni Relations',
    ),
    expect: [],
  },
  {
    // A contractor's extension with a signature deadline.
    ...LDN,
    text: mail(
      'Hi Farah,',
      '',
      'Great news – Corvane Energy has approved the extension of your assignment as Data Migration Lead until 31 March 2082 at the same day rate.',
      '',
      'I’ve attached the updated assignment schedule; could you sign and return it by Friday so payroll can be updated before the next run?',
      '',
      'Thanks,',
      'Joel',
      'Contract Consultant, Michael Page Technology',
    ),
    expect: [],
  },
  {
    // A temp's timesheet reminder and pay date.
    ...SYD,
    text: mail(
      'Hi team,',
      '',
      'Please submit your timesheet for week ending Sunday 26/10 via the Randstad app by 10:00am Monday. Timesheets approved by your site manager by Tuesday will be paid on Friday 31 October.',
      '',
      'Reminder: daylight saving started on 5 October, so please double-check any night-shift hours.',
      '',
      'Randstad Industrial – Western Sydney',
    ),
    expect: [],
  },
  {
    // An employee's security clearance renewal.
    ...LDN,
    text: mail(
      'Dear Colleague,',
      '',
      'Our records show that your Security Check (SC) clearance is due for its periodic review. Please complete the renewal questionnaire in the Cabinet Security Portal by 14 November 2081.',
      '',
      'If you have had a change of circumstances (address, partner, finances), your vetting officer may invite you to a short interview in due course.',
      '',
      'Departmental Security Unit',
    ),
    expect: [],
  },
  {
    // A job-talk seminar announced to a department.
    ...NY,
    text: mail(
      'Dear colleagues,',
      '',
      'As part of the search for the Assistant Professor in Climate and Society, our first finalist, Dr. Imogen Marsh, will give her research talk, “Heat, Housing and the Urban Poor”, on Monday, November 3 at 12:00 p.m. in Whitcombe Hall 214. Lunch will be provided.',
      '',
      'All faculty and graduate students are encouraged to attend and to send feedback forms to the committee by 5 p.m. Wednesday.',
      '',
      'Harriet Lindqvist',
      'Chair, Search Committee',
    ),
    expect: [],
  },
  {
    // The reader sits on an interview panel.
    ...LDN,
    text: mail(
      'Hi Graham,',
      '',
      'Thank you for agreeing to be the independent panel member for the Senior Policy Adviser campaign. Interviews will run on Tuesday 4 and Wednesday 5 November, 09:30–17:00, on Teams.',
      '',
      'Please complete the Success Profiles assessor e-learning before then, and I’ll send the candidate packs on Monday.',
      '',
      'Many thanks,',
      'Ruth',
      'Vacancy Holder',
    ),
    expect: [],
  },
  {
    // The reader is an assessor at a graduate assessment centre.
    ...TOR,
    text: mail(
      'Hi Priya,',
      '',
      'Thanks for volunteering as an assessor for the Graduate Leadership Program assessment centre. Assessor briefing is at 8:00 a.m. on Tuesday, November 4 in the Lakeshore Room; candidates arrive at 8:45.',
      '',
      'You’ll be scoring the group exercise and one competency interview. Scoring guides are in the shared drive.',
      '',
      'Thanks again,',
      'Campus Talent Team',
    ),
    expect: [],
  },
  {
    // An agency offering temps to the reader as employer, with interview slots for the reader to hold.
    ...AKL,
    text: mail(
      'Kia ora Hemi,',
      '',
      'Following your request for two warehouse supervisors for the Christmas peak, we have three pre-screened temps who can start Monday 3 November.',
      '',
      'They can meet you on site on Wednesday at 10:00, 11:00 or 2:00pm – just tell me which suits and I’ll confirm with them. Charge rate is $48.50/hour plus GST.',
      '',
      'Ngā mihi,',
      'Tessa',
      'Account Manager, Randstad Auckland',
    ),
    expect: [],
  },
  {
    // An executive search firm pitching to the reader as employer.
    ...SIN,
    text: mail(
      'Dear Mr Goh,',
      '',
      'Congratulations on the listing announcement. Many boards at this stage review their succession planning and non-executive composition.',
      '',
      'Our Board & CEO Practice placed 41 independent directors across ASEAN last year. I would welcome 20 minutes next Thursday to share what we are seeing in the market.',
      '',
      'Best regards,',
      'Annabel Seow',
      'Partner, Keller Hume Executive Search',
    ),
    expect: [],
  },
  {
    // A friend's video interview; the reader helps her practise.
    ...LDN,
    text: mail(
      'Hiya!',
      '',
      'So I finally got the Fast Stream video interview invite – mine has to be done by Wednesday night. Could I practise on you Tuesday evening, maybe 7ish? You’re so much better at the “tell me about a time” stuff than me.',
      '',
      'Will bring wine x',
      'Lottie',
    ),
    expect: [],
  },
  {
    // A visa interview at an embassy.
    ...LA,
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment for a visa interview at the Consulate General in Los Angeles has been scheduled.',
      '',
      'Appointment date: November 6, 2081',
      'Appointment time: 08:30 AM',
      'Visa class: Skilled Worker',
      '',
      'Please arrive no earlier than 15 minutes before your appointment and bring your passport, confirmation page and one photograph.',
      '',
      'Visa Information and Appointment Service',
    ),
    expect: [],
  },
  {
    // A PhD viva for the reader as a student.
    ...DUB,
    text: mail(
      'Dear Eimear,',
      '',
      'I am pleased to confirm that your viva voce examination has been arranged for Friday 21 November 2081 at 10:00 in the Graduate Studies Boardroom. Your examiners will be Prof. Lowry (external) and Dr. Byrne (internal).',
      '',
      'You will be informed of the examiners’ recommendation on the day.',
      '',
      'Kind regards,',
      'Graduate Studies Office',
    ),
    expect: [],
  },
  {
    // An acknowledgement with a closing date and a vague promise.
    ...KOL,
    text: mail(
      'Dear Candidate,',
      '',
      'Thank you for applying to the Vardhan Industries Graduate Engineer Trainee Programme 2082. We have received your application.',
      '',
      'Applications close on 16 November 2081. Due to the very high number of applications, we will contact shortlisted candidates in due course about the online assessment.',
      '',
      'Regards,',
      'Campus Hiring Team',
    ),
    expect: [],
  },
  {
    // A job alert with closing dates and assessment-centre months.
    ...LDN,
    text: mail(
      'Hi Tobias,',
      '',
      '12 new graduate jobs match your alert “Finance – London”.',
      '',
      'Graduate Risk Analyst – Pellmore Bank – closes 30/11/2081 – assessment centres in January',
      'Tax Trainee – Ridgeford & Co – closes 14/11/2081 – start September 2082',
      'Summer Internship 2082 – Alder Capital – rolling deadline',
      '',
      'Manage your alerts in your GradFinder account.',
    ),
    expect: [],
  },
  {
    // The reader's mid-year review as an employee.
    ...SIN,
    text: mail(
      'Hi Wei Ling,',
      '',
      'Just a reminder that your mid-year review with Gordon is booked for Thursday 30 October at 15:00 in Teams. Please update your objectives in SuccessFactors beforehand.',
      '',
      'Thanks,',
      'HR Business Partner – Technology',
    ),
    expect: [],
  },
  {
    // A car service on the Monday after the clocks change.
    ...LDN,
    text: mail(
      'Hi Mr Ferreira,',
      '',
      'Reminder: your Ford Puma is booked in for its MOT and service on Monday 27 October at 08:30 at Kwikfit-and-Go, Hounslow. The clocks go back an hour tonight, so don’t be early!',
      '',
      'We’ll call you when the car is ready for collection.',
      '',
      'The Service Team',
    ),
    expect: [],
  },
];
