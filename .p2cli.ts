import { runTimeline } from './src/cli/timelineCommand';
process.exitCode = await runTimeline(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
