-- Every Slack message event is matched to its case by the thread it was posted in (the card, a
-- cooperating department's notice, or the temporary team channel): index those lookups.
CREATE INDEX "complaints_card_channel_card_ts_idx" ON "complaints"("card_channel", "card_ts");
CREATE INDEX "complaints_team_channel_idx" ON "complaints"("team_channel");
CREATE INDEX "complaint_departments_notice_channel_notice_ts_idx" ON "complaint_departments"("notice_channel", "notice_ts");
