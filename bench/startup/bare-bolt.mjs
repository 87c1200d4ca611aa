// The Bolt baseline: a bare Bolt app in HTTP mode on PORT that verifies its token (auth.test) at
// SLACK_API_URL and acknowledges every slash command, idling. Plain JavaScript run by plain node,
// as dist/ is: tsx's loader thread alone adds ~60 MB.
import { App } from "@slack/bolt";

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command(/.*/, async ({ ack }) => ack());
await app.start(Number(process.env.PORT));
console.log("ready");
