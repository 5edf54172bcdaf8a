// Errors in plain words: never a field name or a validator's wording.

const FIELD_WORDS = {
  eaten_at: "The time", performed_at: "The time", description: "What you ate", ingredients: "The ingredients",
  meal_type: "The meal", notes: "The notes", email: "The email address", password: "The password",
  timezone: "The time zone", display_name: "The name", start_date: "The start date", date: "The day",
  duration_seconds: "The minutes", pain_before: "Knee pain before", pain_after: "Knee pain after",
  term: "The word", group: "The food group", expires_in_days: "The number of days", formats: "The formats",
  reminder_time: "The reminder time", exposure_days: "The days to eat it", observation_days: "The days to watch",
};

export class Offline extends Error {
  constructor() { super("You're offline. This needs a connection; try again when you're back online."); }
}

export class ApiError extends Error {
  constructor(status, body) {
    super(plainMessage(status, body));
    this.status = status;
    this.body = body;
  }
}

function tidy(message) {
  const text = String(message).replace(/^(Value error|Assertion failed),\s*/i, "").replace(/^Input should be /, "It should be ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// "eaten_at: Value error, ..." (a push item's reason) reads as "The time: ...".
export function plainReason(reason) {
  return String(reason || "").split("; ").map((part) => {
    const match = part.match(/^([a-z_]+)(?:\.[\w.]+)?: (.*)$/);
    return match ? `${FIELD_WORDS[match[1]] || "A value"}: ${tidy(match[2])}` : tidy(part);
  }).join(" ");
}

function plainMessage(status, body) {
  const error = body && body.error;
  if (status === 401) return "Your session ended; please sign in again.";
  if (status === 429) return "Too many tries. Wait a minute, then try again.";
  if (status >= 500) return "The server had a problem; what you entered is kept. Try again in a moment.";
  if (error && error.fields && error.fields.length) {
    return error.fields.slice(0, 3).map((f) => `${FIELD_WORDS[f.field.split(".")[0]] || "A value"}: ${tidy(f.message)}`)
      .join(" ");
  }
  if (error && error.message) return plainReason(error.message);
  return "That did not work; please try again.";
}
