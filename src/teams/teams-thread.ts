/**
 * A reply thread in a Teams channel is addressed as the channel's conversation id with this suffix and
 * the thread's first message id (`19:…@thread.tacv2;messageid=1764…`): Teams sends a reply with that
 * conversation id, and a post to it lands in the thread.
 */
export const TEAMS_THREAD = ";messageid=";
