/** The part of the team calendar SLA deadlines need: "3 working days" after a moment. */
export interface WorkingDayCalendar {
  addWorkingDays(from: Date, days: number): Date;
}
