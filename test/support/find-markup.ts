/** The hostile text the escaping tests put into every user-controlled field. */
export const HOSTILE = "<!channel> <!here> <@UEVIL1> <http://evil.example/reset|Click to keep your account> & *bold* _it_ ~gone~ `code`";

const MARKUP = [/<!channel>/, /<!here>/, /<@UEVIL1>/, /<http:\/\/evil/, /\*bold\*/, /_it_/, /~gone~/, /`code`/, /&amp;amp;/, /&(?!amp;|lt;|gt;)/];
const UNSENDABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Every place in a Slack payload (message args, blocks, a view) where hostile text survived: as markup in
 * mrkdwn (a text object of type mrkdwn, or a message's own `text`, which Slack reads as mrkdwn), or as a
 * control character or lone surrogate anywhere. Also returns how many mrkdwn strings were looked at.
 */
export function findMarkup(payload: unknown): { problems: string[]; mrkdwnCount: number } {
  const problems: string[] = [];
  let mrkdwnCount = 0;
  const walk = (value: unknown, inMrkdwn: boolean, path: string) => {
    if (typeof value === "string") {
      if (UNSENDABLE.test(value)) problems.push(`${path}: unsendable character in ${JSON.stringify(value)}`);
      if (!inMrkdwn) return;
      mrkdwnCount++;
      for (const pattern of MARKUP) if (pattern.test(value)) problems.push(`${path}: ${pattern} in ${JSON.stringify(value)}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, inMrkdwn, `${path}[${i}]`));
    } else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      for (const [key, child] of Object.entries(object)) {
        const parsed = key === "view" && typeof child === "string" ? JSON.parse(child) : child;
        walk(parsed, key === "text" && typeof child === "string" && object.type !== "plain_text", `${path}.${key}`);
      }
    }
  };
  walk(payload, false, "$");
  return { problems, mrkdwnCount };
}
