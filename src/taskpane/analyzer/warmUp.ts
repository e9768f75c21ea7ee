// A made-up interview thread the worker analyses once while the pane is still starting (issue 12, speed): the
// first run of the core's code pays for compiling its functions and regular expressions (several times the
// later runs), and that cost is better paid before the user's item arrives than after. Its result is dropped.
import type { AnalyzeOptions, ThreadInput } from '../../core/types';

const html = [
  '<div><p>Hi Robin,</p>',
  '<p>Thank you again for coming in on Tuesday, November 10 at 3:00 PM. We are finishing our last interviews ',
  'this week and expect to make a decision within two weeks. Please do not hesitate to reach out with any ',
  'questions in the meantime.</p>',
  '<p>Best regards,<br>Dana Example<br>Talent Acquisition, Example Corp<br>+1 555 0100</p></div>',
  '<div><p>On Wed, Nov 11, 2026 at 9:12 AM Robin Sample &lt;robin@example.net&gt; wrote:</p>',
  '<blockquote><p>Dear Dana,</p><p>Thank you for taking the time to meet with me yesterday about the Analyst ',
  'role. I enjoyed learning about the team and I look forward to hearing about next steps.</p>',
  '<p>Kind regards,<br>Robin</p>',
  '<p>On Thu, Nov 5, 2026 at 2:30 PM Dana Example &lt;dana@example.com&gt; wrote:</p>',
  '<blockquote><p>We would like to invite you to interview on Tuesday, November 10 at 3:00 PM EST at our ',
  'office. The interview will last about an hour.</p></blockquote></blockquote></div>',
].join('');

export const WARM_UP_INPUT: ThreadInput = {
  messages: [
    {
      kind: 'fields',
      subject: 'RE: Analyst interview',
      from: { name: 'Dana Example', address: 'dana@example.com' },
      to: [{ name: 'Robin Sample', address: 'robin@example.net' }],
      cc: [],
      sentAt: '2026-11-12T10:05:00-05:00',
      body: html,
      bodyType: 'html',
    },
  ],
};

export const WARM_UP_OPTIONS: AnalyzeOptions = {
  now: '2026-11-16T09:00:00-05:00',
  tz: 'America/New_York',
  me: 'robin@example.net',
  myName: 'Robin Sample',
};
