// Dates from the backend are ISO 8601 strings: a calendar date ("2024-03-02")
// or a date-time. Date-only values are read as UTC midnight everywhere.

/** Milliseconds since the epoch, or null when missing or unreadable. */
export function parseIsoDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/** "2024-03" for month groups, "2024-03-02" for day groups (UTC). */
export function periodKey(value: string, granularity: "day" | "month"): string | null {
  const time = parseIsoDate(value);
  if (time === null) return null;
  const iso = new Date(time).toISOString();
  return granularity === "month" ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Value for an <input type="date">: "" or "YYYY-MM-DD"; back to the query as null or the string. */
export function dateInputToQuery(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
